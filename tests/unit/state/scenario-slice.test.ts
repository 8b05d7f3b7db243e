import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../../src/state/store.ts'

const custom = {
  name: 'Mine',
  inputUsdPerMTok: 1,
  outputUsdPerMTok: 2,
  cachedInputUsdPerMTok: null,
  batchDiscountPercent: null,
}

describe('the custom model in the scenario slice', () => {
  it('removing it takes it out of the comparison and gives its share back', () => {
    const store = createAppStore()
    store.getState().setCustomModel(custom)
    store.getState().addModel('custom')
    store.getState().setModelShare(2, 50)
    expect(store.getState().scenario.mixPercents).toEqual([40, 10, 50])
    store.getState().setCustomModel(null)
    expect(store.getState().scenario).toMatchObject({
      modelIds: ['gpt-4o-mini', 'gpt-4o'],
      mixPercents: [80, 20],
      customModel: null,
    })
  })

  it('keeps it while it is the only compared model', () => {
    const store = createAppStore()
    store.getState().setCustomModel(custom)
    store.getState().setScenario({ modelIds: ['custom'], mixPercents: [100] })
    store.getState().setCustomModel(null)
    expect(store.getState().scenario).toMatchObject({ modelIds: ['custom'], customModel: custom })
  })
})
