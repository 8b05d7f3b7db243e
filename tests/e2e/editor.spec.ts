import { expect, test } from './fixtures.ts'
import { editorSegments, expectBoxText, paste, pasteAsClipboard, settled, tiktokenCount } from './helpers.ts'
import { tiktokenBytes, tiktokenIds } from '../unit/tiktoken-oracle.ts'

const EDITOR_CHUNK = /\/code-editor-[^/]+\.js$/

test('what is typed before the editor has loaded is kept, text and caret, and typing goes on where it was', async ({
  page,
}) => {
  // The editor's code is held back until the plain box has been typed in.
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(EDITOR_CHUNK, async (route) => {
    await held
    await route.continue()
  })
  await page.goto('./?models=gpt-4o-mini')
  const box = page.getByTestId('prompt-input')
  await expect(box).toHaveJSProperty('tagName', 'TEXTAREA')
  await box.fill('Hello world')
  // The caret after "Hello".
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(5, 5))
  release()
  await expect(box).toHaveAttribute('contenteditable', 'true')
  await expect(box).toBeFocused()
  await page.keyboard.type(',')
  await expectBoxText(page, 'prompt-input', 'Hello, world')
  await settled(page)
  await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', 'Hello, world')))
})

test('the editor colours the tokens as tiktoken cuts them, ids on hover and at the caret, without trapping the focus', async ({
  page,
}) => {
  await page.goto('./?models=gpt-4o-mini')
  const text = 'Tokens: 東京 🦊\r\nZ̤͔ͧ̑ <|endoftext|>\tend'
  await paste(page, 'prompt-input', text)
  await settled(page)
  // Each coloured span is one segment: its text, and the ids in its hover title, as tiktoken's.
  const marks = page.getByTestId('prompt-input').locator('[title^="Token"]')
  await expect(marks.last()).toHaveText('end')
  const segments = await editorSegments(page.getByTestId('prompt-input'))
  // CodeMirror shows "\r" as a mark of its own (not a token span), and the line break is no span.
  expect(segments.map((s) => s.text).join('')).toBe(text.replace('\r\n', ''))
  const ids = segments.flatMap((s) => s.ids)
  expect(ids).toEqual(tiktokenIds('o200k_base', text).filter((id) => id !== tiktokenIds('o200k_base', '\r\n')[0]))
  const fox = segments.find((s) => s.text === ' 🦊' || s.text === '🦊')!
  expect(fox.title).toMatch(/one character split over \d tokens/)

  // At the caret (keyboard users): the token after it, its text and its id; a line break escaped.
  const box = page.getByTestId('prompt-input')
  await box.press('ControlOrMeta+Home')
  const [first] = tiktokenIds('o200k_base', 'Tokens')
  expect(tiktokenIds('o200k_base', text)[0]).toBe(first)
  await expect(page.locator('#prompt-input-caret-token')).toHaveText(`At the caret: "Tokens", token id ${first}`)
  await box.press('End')
  await box.press('ArrowLeft')
  await expect(page.locator('#prompt-input-caret-token')).toHaveText(
    `At the caret: "\\r\\n", token id ${tiktokenIds('o200k_base', '\r\n')[0]}`,
  )
  await expect(box).toHaveAttribute('aria-describedby', 'prompt-input-caret-token')

  // Tab leaves the editor (it inserts no tab): the focus is never trapped.
  await page.keyboard.press('Tab')
  await expect(box).not.toBeFocused()
  // The text itself is kept exactly: the "\r" shown as a mark is still a "\r".
  await expectBoxText(page, 'prompt-input', text)

  // Colours off, in the editor as in the token view; white space marks on.
  await page.getByLabel('Colours').uncheck()
  await expect(marks).toHaveCount(0)
  // The token view marks white space only when asked: each of the six characters a span of its own.
  const spaces = page.getByTestId('token-view').locator('[data-whitespace]')
  await expect(spaces).toHaveCount(0)
  await page.getByLabel('Whitespace').check()
  await expect(spaces).toHaveCount(6)
  await expect(box.locator('.cm-highlightTab')).toHaveCount(1)
  await expect(page.locator('.code-editor .show-line-ends')).toHaveCount(2)
})

test('a screenful of one long line, thousands of tokens, is coloured whole and exactly, a part at a time', async ({
  page,
}) => {
  await page.goto('./?models=gpt-4o-mini')
  // One line of 40,000 characters, every word different: a stretch of it is found in one place.
  const text = Array.from({ length: 6000 }, (_, i) => `w${i}`).join(' ')
  await paste(page, 'prompt-input', text)
  await settled(page)
  const ids = tiktokenIds('o200k_base', text)
  // Where each token starts in the text (ASCII: a byte is a character).
  const starts = [0]
  for (const id of ids) starts.push(starts.at(-1)! + tiktokenBytes('o200k_base', id).length)
  const marks = page.getByTestId('prompt-input').locator('[title^="Token"]')
  // The colours arrive a hundred tokens a task; once all are in, the marks are one unbroken
  // stretch of the text, each a token as tiktoken cuts it there, the colours alternating.
  await expect
    .poll(
      async () => {
        const shown = await marks.evaluateAll((spans) =>
          spans.map((span) => ({
            text: span.textContent ?? '',
            title: span.getAttribute('title') ?? '',
            colour: span.className,
          })),
        )
        const stretch = shown.map((s) => s.text).join('')
        const first = starts.indexOf(text.indexOf(stretch))
        const exact = shown.every(
          (s, i) =>
            s.title === `Token id ${ids[first + i]}` && text.slice(starts[first + i], starts[first + i + 1]) === s.text,
        )
        const alternating = shown.every((s, i) => i === 0 || s.colour !== shown[i - 1]!.colour)
        return { tokens: shown.length > 300, found: first >= 0, exact, alternating }
      },
      { timeout: 15_000 },
    )
    .toEqual({ tokens: true, found: true, exact: true, alternating: true })
})

test('a long paste goes in by parts, is counted once whole, one undo takes it all away, and a key goes after it', async ({
  page,
}) => {
  await page.goto('./?models=gpt-4o-mini')
  await paste(page, 'prompt-input', 'Hello there')
  await settled(page)
  // 1.5 MB: three parts. Over the selected "there".
  const line = 'Pasted line of the long text, 東京 🦊.\n'
  const times = Math.ceil(1_500_000 / line.length)
  const box = page.getByTestId('prompt-input')
  await box.press('ControlOrMeta+End')
  for (let i = 0; i < 5; i++) await box.press('Shift+ArrowLeft')
  await box.evaluate(
    (el, [text, n]) => {
      // A busy page (a slow phone): tasks of 600 ms come between the paste's parts, longer than
      // the history's half second for joining changes.
      let busy = 0
      const spin = setInterval(() => {
        if (++busy === 8) clearInterval(spin)
        const end = performance.now() + 600
        while (performance.now() < end);
      }, 0)
      const data = new DataTransfer()
      data.setData('text/plain', text.repeat(n))
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    },
    [line, times] as const,
  )
  await settled(page)
  await expect(page.getByTestId('token-count')).toHaveText(
    tiktokenCount('o200k_base', `Hello ${line.repeat(times)}`).toLocaleString('en-US'),
  )
  await box.press('ControlOrMeta+Home')
  await expect(box.locator('.cm-line').first()).toHaveText(`Hello ${line.trim()}`)
  await box.press('ControlOrMeta+z')
  await expectBoxText(page, 'prompt-input', 'Hello there')
  await settled(page)
  await expect(page.getByTestId('token-count')).toHaveText(String(tiktokenCount('o200k_base', 'Hello there')))
  // A long paste waits for its count before it goes into the editor: a key pressed at once (most
  // likely while it waits) puts the whole paste in first, and lands after it.
  await box.press('ControlOrMeta+a')
  await pasteAsClipboard(page, 'prompt-input', line.repeat(times))
  await page.keyboard.type('!')
  await expectBoxText(page, 'prompt-input', `${line.repeat(times)}!`)
  await settled(page)
  await expect(page.getByTestId('token-count')).toHaveText(
    tiktokenCount('o200k_base', `${line.repeat(times)}!`).toLocaleString('en-US'),
  )
  // A paste of a hundred thousand characters waits for its count too (one part): the same holds.
  const middling = line.repeat(Math.ceil(100_000 / line.length))
  await box.press('ControlOrMeta+a')
  await pasteAsClipboard(page, 'prompt-input', middling)
  await page.keyboard.type('?')
  await expectBoxText(page, 'prompt-input', `${middling}?`)
  await settled(page)
  await expect(page.getByTestId('token-count')).toHaveText(
    tiktokenCount('o200k_base', `${middling}?`).toLocaleString('en-US'),
  )
})
