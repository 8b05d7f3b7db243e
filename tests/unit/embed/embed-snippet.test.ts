import { describe, expect, it } from 'vitest'
import { embedSnippet } from '../../../src/core/embed/embed-snippet.ts'

describe('embedSnippet', () => {
  it('is a sandboxed iframe with a title and lazy loading, plus the host script', () => {
    const html = embedSnippet(
      'https://example.com/tools/promptmeter/?v=1&embed=1&c="x"',
      'https://example.com/tools/promptmeter/embed.js',
    )
    expect(html).toContain('<iframe src="https://example.com/tools/promptmeter/?v=1&amp;embed=1&amp;c=&quot;x&quot;"')
    expect(html).toContain('title="promptmeter: LLM token and cost calculator" loading="lazy"')
    expect(html).toContain('data-promptmeter')
    expect(html).toContain('sandbox="allow-scripts ')
    expect(html).toMatch(/<script src="https:\/\/example.com\/tools\/promptmeter\/embed.js" async><\/script>$/)
  })
})
