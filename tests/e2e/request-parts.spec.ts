import { expect, test } from './fixtures.ts'
import { paste, settled, tiktokenCount } from './helpers.ts'
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
    await expect(page.getByTestId('request-parts')).toContainText('3 message(s)')
  })
})
