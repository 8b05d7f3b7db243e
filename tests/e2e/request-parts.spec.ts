import { expect, test } from './fixtures.ts'
import { editorSegments, expectBoxText, integerIn, paste, settled, tiktokenCount } from './helpers.ts'
import { tiktokenIds } from '../unit/tiktoken-oracle.ts'
import { SIX_MESSAGES, WEATHER_SYSTEM, WEATHER_TOOLS, WEATHER_USER } from '../unit/chat/cookbook-examples.ts'

// The cookbook's six messages: the first and the last go in the boxes, the four between are added.
const FIRST_SYSTEM = SIX_MESSAGES[0]!.content
const EXAMPLES = SIX_MESSAGES.slice(1, -1).map((m) => [m.name!, m.content] as const)
const LAST_USER = SIX_MESSAGES.at(-1)!.content

test.describe('the request as the API bills it', () => {
  test('tools: the cookbook’s weather request bills 101 on gpt-4o-mini and 105 on gpt-3.5-turbo', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini,gpt-3.5-turbo')
    await paste(page, 'system-input', WEATHER_SYSTEM)
    await paste(page, 'prompt-input', WEATHER_USER)
    await page.getByText('Messages, tools and response format').click()
    await page.getByTestId('tools-input').fill(WEATHER_TOOLS)
    await settled(page)
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText('101')
    await expect(page.getByTestId('input-tokens-gpt-3.5-turbo')).toHaveText('105')
    await expect(page.getByTestId('tools-tokens')).toContainText('confirmed against the API for this model')
    await expect(page.getByTestId('tools-tokens')).not.toContainText('≈')
    // A broken tools array is named and left out; nothing else is lost.
    await page.getByTestId('tools-input').fill('[{"type":"function","function":{"description":"x"}}]')
    await expect(page.getByText('Tools: at 0.function.name')).toBeVisible()
    await settled(page)
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).not.toHaveText('101')
    await expect(page.getByTestId('prompt-input')).toContainText('San Francisco')
  })

  test('messages: the cookbook’s six-message request bills 124 / 129; reorder and remove', async ({ page }) => {
    await page.goto('./?models=gpt-4o-mini,gpt-3.5-turbo')
    await paste(page, 'system-input', FIRST_SYSTEM)
    await paste(page, 'prompt-input', LAST_USER)
    await page.getByText('Messages, tools and response format').click()
    for (const [i, [name, content]] of EXAMPLES.entries()) {
      await page.getByRole('button', { name: 'Add message' }).click()
      await page.getByLabel(`Message ${i + 1} role`).selectOption('system')
      await page.getByLabel(`Message ${i + 1} name (optional)`).fill(name)
      await page.getByLabel(`Message ${i + 1} content`).fill(content)
    }
    await settled(page)
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText('124')
    await expect(page.getByTestId('input-tokens-gpt-3.5-turbo')).toHaveText('129')
    // The overhead on its own line: all but the texts (6 × 3, the roles, the names + 1 each, 3 to prime).
    const contents = [FIRST_SYSTEM, LAST_USER, ...EXAMPLES.map(([, c]) => c)]
    const texts = contents.reduce((sum, text) => sum + tiktokenCount('o200k_base', text), 0)
    await expect(page.getByTestId('chat-overhead')).toHaveText(String(124 - texts))
    // Each message's own count: 3 + "system" + name + 1 + content.
    const [name, content] = EXAMPLES[0]!
    const first = 3 + 1 + tiktokenCount('o200k_base', name) + 1 + tiktokenCount('o200k_base', content)
    await expect(page.getByTestId('message-1-tokens')).toHaveText(`${first} tokens`)

    // Moved, the same messages bill the same; removed, one bills no more.
    await page.getByRole('button', { name: 'Move message 2 up' }).click()
    await expect(page.getByLabel('Message 1 name (optional)')).toHaveValue('example_assistant')
    await settled(page)
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText('124')
    await page.getByRole('button', { name: 'Remove message 2' }).click()
    await settled(page)
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText(String(124 - first))
    // Set, it still folds away, its summary saying what it holds.
    await page.getByText('Messages, tools and response format').click()
    await expect(page.getByTestId('request-parts')).not.toHaveAttribute('open', '')
    await expect(page.getByTestId('request-parts')).toContainText('3 message(s)')
  })
})

test('a message is written in the editor the boxes are: its tokens coloured as tiktoken cuts them, a megabyte edited like a line', async ({
  page,
}) => {
  await page.goto('./?models=gpt-4o-mini')
  await page.getByText('Messages, tools and response format').click()
  await page.getByRole('button', { name: 'Add message' }).click()
  const box = page.getByTestId('message-1-content')
  await expect(box).toHaveAttribute('contenteditable', 'true')
  await expect(box).toHaveAccessibleName('Message 1 content')
  // A user message without a name: 3 + "user" (one token) + its content.
  const tokens = page.getByTestId('message-1-tokens')
  const billed = async (text: string) =>
    expect.poll(async () => integerIn(await tokens.textContent())).toBe(3 + 1 + tiktokenCount('o200k_base', text))

  const text = 'Tokens: 東京 🦊 <|endoftext|> end'
  await paste(page, 'message-1-content', text)
  await settled(page)
  await billed(text)
  const marks = box.locator('[title^="Token"]')
  await expect(marks.last()).toHaveText(' end')
  const segments = await editorSegments(box)
  expect(segments.map((s) => s.text).join('')).toBe(text)
  expect(segments.flatMap((s) => s.ids)).toEqual(tiktokenIds('o200k_base', text))

  // A megabyte goes in and is counted whole; a key typed at its end, then at its start, counts
  // too (each crosses to the worker as the edit it is, and only the part around it is counted again).
  const long = Array.from({ length: 25_000 }, (_, i) => `Line ${i} of the earlier answer: 東京, naïve café 🦊.\n`).join(
    '',
  )
  expect(long.length).toBeGreaterThan(1_000_000)
  await paste(page, 'message-1-content', long)
  await billed(long)
  await box.press('ControlOrMeta+End')
  await page.keyboard.type('!')
  await expectBoxText(page, 'message-1-content', `${long}!`)
  await billed(`${long}!`)
  await box.press('ControlOrMeta+Home')
  await page.keyboard.type('¡')
  await billed(`¡${long}!`)
})

test.describe('files', () => {
  test('a .json request fills the boxes; a .jsonl batch is summarised; a bad file says where and changes nothing', async ({
    page,
  }) => {
    await page.goto('./?models=gpt-4o-mini')
    const input = page.getByTestId('file-input')
    const body = {
      messages: [
        { role: 'system', content: WEATHER_SYSTEM },
        { role: 'user', content: WEATHER_USER },
      ],
      tools: JSON.parse(WEATHER_TOOLS),
      max_tokens: 100,
    }
    const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
    await input.setInputFiles(file('request.json', JSON.stringify(body)))
    await expect(page.getByTestId('file-status')).toHaveText('request.json: 2 messages, tools, max_tokens 100.')
    await settled(page)
    await expect(page.getByTestId('input-tokens-gpt-4o-mini')).toHaveText('101')
    await expect(page.getByLabel('max_tokens')).toHaveValue('100')

    // Two Batch API lines: the weather request (101 billed, max_tokens 100) and the six messages
    // (124, no max_tokens: the page's 100). (225 × $0.15 + 200 × $0.60) / 1e6 = $0.000154; batch half.
    const line = (b: object) => JSON.stringify({ custom_id: 'r', method: 'POST', url: '/v1/chat/completions', body: b })
    await input.setInputFiles(file('batch.jsonl', [line(body), line({ messages: SIX_MESSAGES })].join('\n')))
    const summary = page.getByTestId('file-summary')
    await expect(summary).toContainText('batch.jsonl: 2 requests')
    await expect(summary).toContainText('min 101 · median 112.5 · P95 124 · max 124')
    await expect(page.getByTestId('file-standard-gpt-4o-mini')).toHaveText('$0.000154')
    await expect(page.getByTestId('file-batch-gpt-4o-mini')).toHaveText('$0.0000769')

    // A bad line: named with its field; the boxes and the summary stay as they were.
    const bad = [line(body), line({ messages: [{ role: 'robot', content: 'x' }] })].join('\n')
    await input.setInputFiles(file('bad.jsonl', bad))
    await expect(page.getByTestId('file-error')).toHaveText(
      'bad.jsonl, line 2: body.messages[0].role: expected one of system, developer, user, assistant, tool.',
    )
    await expect(summary).toContainText('batch.jsonl: 2 requests')
    await expectBoxText(page, 'prompt-input', WEATHER_USER)
  })
})
