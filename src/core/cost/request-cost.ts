import { usd, type Tokens, type Usd, type UsdPerMTok } from '../units.ts'

export interface TokenPrices {
  inputUsdPerMTok: UsdPerMTok
  outputUsdPerMTok: UsdPerMTok
}

/** Cost of one API request: (input × input price + output × output price) / 1e6. */
export function requestCostUsd(inputTokens: Tokens, outputTokens: Tokens, prices: TokenPrices): Usd {
  return usd((inputTokens * prices.inputUsdPerMTok + outputTokens * prices.outputUsdPerMTok) / 1e6)
}

/**
 * Requests that reach the provider in a month. `share` is the model's part of the traffic and
 * `responseCacheHitRate` the part your own cache answers without calling the API; both 0–1.
 */
export function apiRequestsPerMonth(volume: number, share: number, responseCacheHitRate: number): number {
  return volume * share * (1 - responseCacheHitRate)
}

export function monthlyCostUsd(apiRequests: number, perRequest: Usd): Usd {
  return usd(apiRequests * perRequest)
}
