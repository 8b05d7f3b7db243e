import { describe, expect, it } from 'vitest'
import { overLimit } from '../../../scripts/bench/libraries.ts'

describe('overLimit (which libraries npm run bench times in turns)', () => {
  it('counts a run that finished past the limit as over it, as a timeout is', () => {
    // gpt-tokenizer on 200,000 × "a" in Node: one run of 12.7 s, inside the 5 s of grace.
    expect(overLimit({ ms: 12_720, count: 25_000 }, 10_000)).toBe(true)
    expect(overLimit('timeout', 10_000)).toBe(true)
    expect(overLimit({ ms: 9_999, count: 25_000 }, 10_000)).toBe(false)
    expect(overLimit({ error: 'failed' }, 10_000)).toBe(false)
  })
})
