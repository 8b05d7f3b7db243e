import type { PricedModel } from '../pricing/pricing-schema.ts'
import type { ImageDetail } from '../scenario/scenario.ts'
import { tokens, type Tokens } from '../units.ts'

export type ImageTokenRule = NonNullable<PricedModel['image_tokens']>

const TILE_PX = 512
const FIT_PX = 2048
const SHORT_SIDE_PX = 768
const PATCH_PX = 32
const MAX_PATCHES = 1536

/**
 * 512-px tiles of a high-detail image on tile models (gpt-4o, gpt-4.1, gpt-4o-mini, gpt-5):
 * fit within 2048×2048, then scale the short side down to 768; neither step enlarges.
 * OpenAI's examples: 1024×1024 → 768×768 → 4 tiles; 2048×4096 → 768×1536 → 6 tiles.
 */
export function tileCount(widthPx: number, heightPx: number): number {
  let w = widthPx
  let h = heightPx
  const fit = Math.min(1, FIT_PX / Math.max(w, h))
  w *= fit
  h *= fit
  const shrink = Math.min(1, SHORT_SIDE_PX / Math.min(w, h))
  w *= shrink
  h *= shrink
  return ceilSafe(w / TILE_PX) * ceilSafe(h / TILE_PX)
}

/**
 * 32-px patches on patch models (gpt-4.1-mini, gpt-4.1-nano, o4-mini), capped at 1536. Past the
 * cap, OpenAI scales the image to about 1536 patches, then so its width is a whole number of
 * patches: 1800×2400 → 1056×1408 → 33 × 44 = 1452. Some widths still land above the cap
 * (1920×1080 → 52 × 30 = 1560); OpenAI bills those at the cap.
 */
export function patchCount(widthPx: number, heightPx: number): number {
  const plain = Math.ceil(widthPx / PATCH_PX) * Math.ceil(heightPx / PATCH_PX)
  if (plain <= MAX_PATCHES) return plain
  const shrink = Math.sqrt((MAX_PATCHES * PATCH_PX * PATCH_PX) / (widthPx * heightPx))
  const columns = Math.floor((widthPx * shrink) / PATCH_PX)
  // Height after the width is made whole: heightPx × columns × 32 / widthPx, in patches. Kept
  // in integers so 1408 px stays 44 patches rather than 44.0000001 → 45.
  const rows = Math.ceil((heightPx * columns) / widthPx)
  return Math.min(MAX_PATCHES, columns * rows)
}

/**
 * Input tokens for one image under a model's published rule. Low detail on tile models is the
 * base alone; patch models have no low-detail mode in OpenAI's rule, so detail does not change
 * them. Patch tokens are rounded to the nearest token (1452 × 1.62 = 2352.24 → 2,352).
 */
export function imageTokens(rule: ImageTokenRule, widthPx: number, heightPx: number, detail: ImageDetail): Tokens {
  if (rule.method === 'tile') {
    if (detail === 'low') return tokens(rule.base_tokens)
    return tokens(rule.base_tokens + rule.tile_tokens * tileCount(widthPx, heightPx))
  }
  return tokens(Math.round(patchCount(widthPx, heightPx) * rule.multiplier))
}

// 1365.3333 / 512 is safe, but a side that is exactly 512·k after scaling by a float factor
// may come out as 512·k + 1e-13; such dust must not add a tile.
const ceilSafe = (x: number) => Math.ceil(x - 1e-9)
