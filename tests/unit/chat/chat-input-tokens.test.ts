import { describe, expect, it } from 'vitest'
import { chatInputTokens, promptMessages } from '../../../src/core/chat/chat-input-tokens.ts'
import { loadCounter } from '../../../src/core/tokenize/encodings.ts'
import { countPrompt } from '../../../src/core/tokenize/count-prompt.ts'
import { tiktokenCount } from '../tiktoken-oracle.ts'
import { SIX_MESSAGES } from './cookbook-examples.ts'

const COOKBOOK = SIX_MESSAGES

describe('chatInputTokens', () => {
  it('gives the cookbook example 124 tokens in o200k_base (gpt-4o, gpt-4o-mini)', async () => {
    expect(chatInputTokens(COOKBOOK, await loadCounter('o200k_base'))).toBe(124)
  })

  it('gives the cookbook example 129 tokens in cl100k_base (gpt-3.5-turbo, gpt-4)', async () => {
    expect(chatInputTokens(COOKBOOK, await loadCounter('cl100k_base'))).toBe(129)
  })

  it('adds 3 per message, the role, the content and 3 for reply priming', async () => {
    const count = await loadCounter('o200k_base')
    const user = 'Hello there, how are you?'
    // 3 + tokens("user") + tokens(content) + 3, with the role and content counted by tiktoken
    const expected = 3 + tiktokenCount('o200k_base', 'user') + tiktokenCount('o200k_base', user) + 3
    expect(chatInputTokens([{ role: 'user', content: user }], count)).toBe(expected)
    expect(expected).toBe(1 + 7 + 6)
  })
})

describe('promptMessages', () => {
  it('sends no system message for an empty system box', () => {
    expect(promptMessages('', 'hi')).toEqual([{ role: 'user', content: 'hi' }])
  })

  it('always sends the user message, even empty', () => {
    expect(promptMessages('sys', '')).toEqual([
      { role: 'system', content: 'sys' },
      { role: 'user', content: '' },
    ])
  })
})

describe('countPrompt', () => {
  it('returns the prompt text count and the billed count with overhead', async () => {
    const system = 'You are terse. <|im_start|>'
    const user = 'Summarise: 👩‍👩‍👧‍👦 お誕生日おめでとう <|endoftext|>'
    for (const encoding of ['o200k_base', 'cl100k_base'] as const) {
      const t = (s: string) => tiktokenCount(encoding, s)
      const result = await countPrompt(encoding, system, user)
      expect(result.promptTokens).toBe(t(user))
      expect(result.billedInputTokens).toBe(3 + t('system') + t(system) + 3 + t('user') + t(user) + 3)
      // the default cacheable prefix: the system message with its 3-token wrapper and role
      expect(result.systemMessageTokens).toBe(3 + t('system') + t(system))
    }
  })

  it('has no cacheable system prefix when the system box is empty', async () => {
    expect((await countPrompt('o200k_base', '', 'Hi')).systemMessageTokens).toBe(0)
  })
})
