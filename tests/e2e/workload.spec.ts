import { expect, test } from './fixtures.ts'
import { chartInView } from './helpers.ts'

test.describe('workloads', () => {
  test('a conversation re-sends its history each turn, and is priced and counted as one', async ({ page }) => {
    // The check: no system message, 3 turns of 100-token messages and 200-token replies
    // on gpt-4o-mini: 107, 415 and 723 input tokens, 600 output, $0.00054675 a conversation.
    await page.goto('./?models=gpt-4o-mini&turns=3&turn_tokens=100&output=200&volume=1000000')
    await expect(page.getByTestId('turn-inputs-gpt-4o-mini')).toHaveText('turns: 107 → 415 → 723 (1,245 in all)')
    await expect(page.getByTestId('cost-conversation-gpt-4o-mini')).toHaveText('$0.000547')
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveCount(0)
    await expect(
      page.getByTestId('cost-table').getByRole('columnheader', { name: 'Cost / conversation' }),
    ).toBeVisible()
    // 1,000,000 conversations × $0.00054675
    await expect(page.getByTestId('cost-monthly-gpt-4o-mini')).toHaveText('$546.75')
    await expect(page.getByTestId('summary-request')).toHaveText('$0.000547')
    // The group holding the levers set is open, and the volume says what it counts.
    await expect(page.getByLabel('Turns per conversation')).toHaveValue('3')
    await expect(page.getByText('Counted in conversations of 3 requests (turns).')).toBeVisible()
    await expect(await chartInView(page, 'conversation-cost-chart')).toContainText('every turn a hit')

    // One turn more, typed: the fourth adds 308 tokens again (723 + 308 = 1,031).
    await page.getByLabel('Turns per conversation').fill('4')
    await expect(page.getByTestId('turn-inputs-gpt-4o-mini')).toHaveText(
      'turns: 107 → 415 → 723 → 1,031 (2,276 in all)',
    )
    // Items have no effect on a conversation, and say so.
    await page.getByLabel('Items per request').fill('5')
    await expect(page.getByText('No effect while turns > 1')).toBeVisible()
  })

  test('items packed into a request: cost per item, volume in items, capped where the model stops', async ({
    page,
  }) => {
    // input_tokens=500, 10 items of 50 tokens in and 20 out on gpt-4o-mini: 1,000 in, 200 out,
    // $0.00027 a request, $0.000027 an item; 1,000,000 items are 100,000 requests: $27.00.
    await page.goto(
      './?models=gpt-4o-mini&input_tokens=500&items=10&item_tokens=50&item_output=20&output=0&volume=1000000',
    )
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText('1,000')
    await expect(page.getByTestId('cost-request-gpt-4o-mini')).toHaveText('$0.000270')
    await expect(page.getByTestId('cost-item-gpt-4o-mini')).toHaveText('$0.0000270')
    await expect(page.getByTestId('summary-item')).toHaveText('$0.0000270')
    await expect(page.getByTestId('cost-monthly-gpt-4o-mini')).toHaveText('$27.00')
    await expect(page.getByText('Counted in items, 10 to a request.')).toBeVisible()
    await expect((await chartInView(page, 'items-cost-chart')).locator('.recharts-line')).toHaveCount(1)

    // gpt-3.5-turbo answers at most 4,096 tokens: 204 items of 20 fit, not 1,000.
    await page.goto(
      './?models=gpt-3.5-turbo&input_tokens=500&items=1000&item_tokens=1&item_output=20&output=0&max_tokens=4096',
    )
    await expect(page.getByTestId('items-capped-gpt-3.5-turbo')).toHaveText(
      '204 of 1,000 items fit a request (its 4,096-token maximum output): priced at 204 a request',
    )
    // 704 input × $0.50/M + 4,080 output × $1.50/M = $0.006472 a request; / 204 items
    await expect(page.getByTestId('cost-item-gpt-3.5-turbo')).toHaveText('$0.0000317')
  })
})

test('routing: escalation and a classifier are paid, each on its own line, and the saving is net of both', async ({
  page,
}) => {
  // README check: the mix $806.00, escalation $260.00, classifier $45.60, total $1,111.60.
  await page.goto(
    './?models=gpt-4o-mini,gpt-4o&mix=80,20&input_tokens=500&output=200&volume=1000000&escalation=10&classifier=gpt-4o-mini&classifier_tokens=300&latency=gpt-4o:500:40',
  )
  await expect(page.getByTestId('cost-escalation')).toHaveText('$260.00')
  await expect(page.getByTestId('cost-classifier')).toHaveText('$45.60')
  await expect(page.getByTestId('cost-monthly-total')).toHaveText('$1,111.60')
  await expect(page.getByTestId('cost-summary')).toContainText(
    'saves $2,138.40/month against all gpt-4o, net of 10% of gpt-4o-mini’s requests escalated and a gpt-4o-mini classifier call per request',
  )
  await expect(page.getByLabel('Classifier model')).toHaveValue('gpt-4o-mini')
  // Latency only from the person's numbers: 0.5 s + 200 tokens at 40 a second = 5.5 s; none for gpt-4o-mini.
  await expect(page.getByTestId('latency-gpt-4o')).toHaveText('5.5 s a request (your measured speed)')
  await expect(page.getByTestId('latency-gpt-4o-mini')).toHaveCount(0)
  await page.getByLabel('GPT-4o mini: output tokens a second, from').fill('100')
  await expect(page.getByTestId('latency-gpt-4o-mini')).toHaveText('2.5 s a request (your measured speed)')
})

test('the widget can expose the workload levers, and prices a conversation as the page does', async ({ page }) => {
  await page.goto(
    './?models=gpt-4o-mini&embed=1&controls=turns,items,escalation,latency&turns=3&turn_tokens=100&output=200',
  )
  await expect(page.getByTestId('cost-conversation-gpt-4o-mini')).toHaveText('$0.000547')
  await page.getByLabel('Turns per conversation').fill('2')
  // 107 + 415 input, 400 output: (522 × 0.15 + 400 × 0.6) / 1e6 = $0.0003183
  await expect(page.getByTestId('cost-conversation-gpt-4o-mini')).toHaveText('$0.000318')
  await expect(page.getByLabel('Items per request')).toBeVisible()
  await expect(page.getByLabel('Escalation rate (%)')).toBeVisible()
  await expect(page.getByLabel('GPT-4o mini: output tokens a second, from')).toBeVisible()
})
