import { expect, test } from './fixtures.ts'
import { addModel, integerIn, settled } from './helpers.ts'

const LLAMA = 'together/meta-llama-3.1-8b-instruct-turbo'
test('an open-vocabulary model is counted exactly, its vocabulary fetched from the page’s host only once it is compared', async ({
  page,
}) => {
  // The fixture release counts its Llama 3.1 model with the Llama 3 vocabulary.
  const vocabularyRequests: string[] = []
  page.on('request', (request) => {
    if (/tokenizer-[\w-]+\.json$/.test(request.url())) vocabularyRequests.push(request.url())
  })
  await page.goto('./?models=gpt-4o-mini')
  await page.getByTestId('system-input').fill('Be brief.')
  await page.getByTestId('prompt-input').fill('Hi there')
  await settled(page)

  // In the comparison of every model, before it is compared, its o200k_base count stands in.
  const row = page.getByTestId(`compare-row-${LLAMA}`)
  await row.scrollIntoViewIfNeeded()
  await expect(row).toContainText('≈ estimate')
  expect(vocabularyRequests).toEqual([])

  // A vocabulary that does not arrive says so, with a retry; the rest of the page keeps working.
  const vocabularyFile = /\/tokenizer-[\w-]+\.json$/
  await page.route(vocabularyFile, (route) => route.abort())
  await addModel(page, LLAMA)
  await page.getByRole('button', { name: `Remove ${LLAMA}` }).waitFor()
  await page.getByRole('button', { name: 'Remove gpt-4o-mini' }).click()
  await expect(page.getByTestId('count-error')).toContainText('Counting failed')
  await expect(page.getByTestId('compare-table')).toBeVisible()
  await page.unroute(vocabularyFile)
  vocabularyRequests.length = 0
  await page.getByTestId('count-error').getByRole('button', { name: 'Try again' }).click()
  await settled(page)
  // Counted as the reference library counts them (tests/unit/tokenize/vocabularies.test.ts):
  // "Hi there" is 2 tokens; the request, laid out by the Llama 3 chat template, is 20.
  await expect(page.getByTestId('token-counter')).toHaveText('Llama 3 vocabulary, exact')
  await expect(page.getByTestId('token-count')).toHaveText('2')
  expect(integerIn(await page.getByTestId('billed-input-count').textContent())).toBe(20)
  await expect(page.getByTestId(`compare-row-${LLAMA}`)).not.toContainText('≈ estimate')
  // One file (after the retry), from the page's own origin.
  expect(vocabularyRequests).toHaveLength(1)
  expect(new URL(vocabularyRequests[0]!).origin).toBe(new URL(page.url()).origin)
})
