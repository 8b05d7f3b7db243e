import { describe, expect, it } from 'vitest'
import { parseEmbedParams } from '../../../src/core/url/embed-params.ts'

describe('parseEmbedParams', () => {
  it('reads embed, theme and the levers readers may change', () => {
    expect(parseEmbedParams('?embed=1&theme=dark&controls=batch,volume')).toEqual({
      value: { embed: true, theme: 'dark', controls: ['volume', 'batch'] },
      notices: [],
    })
  })

  it('defaults to the full page, the system theme and the volume field', () => {
    expect(parseEmbedParams('')).toEqual({ value: { embed: false, theme: 'auto', controls: ['volume'] }, notices: [] })
  })

  it('ignores unknown themes and controls with a notice', () => {
    const { value, notices } = parseEmbedParams('?embed=1&theme=neon&controls=volume,rocket')
    expect(value).toEqual({ embed: true, theme: 'auto', controls: ['volume'] })
    expect(notices).toHaveLength(2)
    expect(notices.join(' ')).toContain('neon')
    expect(notices.join(' ')).toContain('rocket')
  })
})
