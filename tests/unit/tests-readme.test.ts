import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// tests/README.md lists every hostile case tried and the tests that prove what the app does.
// These checks keep the two in step: a test renamed or removed, or a new hostile-case test not
// listed, fails here.
const README = readFileSync('tests/README.md', 'utf8')
/** `unit/…` or `e2e/…` › title: the title runs to the next `;` or the end of the cell. */
const REFERENCE = /`((?:unit|e2e)\/[\w./-]+)` › ([^;|]+)/g
/** Suites made of hostile cases only: every test in them must be listed. */
const HOSTILE_SUITES = ['e2e/robustness.spec.ts', 'e2e/privacy.spec.ts', 'e2e/csp.spec.ts', 'e2e/offline.spec.ts']

const references = [...README.matchAll(REFERENCE)].map(([, file, title]) => ({
  file: file!,
  title: title!.trim().replaceAll('\\|', '|'),
}))

describe('tests/README.md', () => {
  it('names tests that exist, by file and title', () => {
    expect(references.length).toBeGreaterThan(40)
    for (const { file, title } of references) {
      const path = join('tests', file)
      expect(existsSync(path), path).toBe(true)
      expect(readFileSync(path, 'utf8'), `${file} › ${title}`).toContain(title)
    }
  })

  it('lists every test of the hostile-case suites', () => {
    for (const suite of HOSTILE_SUITES) {
      const source = readFileSync(join('tests', suite), 'utf8')
      // Titles in quotes; a title built from a template is listed by its fixed part.
      const titles = [...source.matchAll(/\btest\(\s*(['`])(.+?)\1/g)].map(([, , title]) =>
        title!.includes('${') ? title!.slice(title!.lastIndexOf('}') + 1).trim() : title!,
      )
      expect(titles.length, suite).toBeGreaterThan(0)
      for (const title of titles) {
        const listed = references.some((r) => r.file === suite && title.includes(r.title))
        expect(listed, `${suite} › ${title}`).toBe(true)
      }
    }
  })
})
