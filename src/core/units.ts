/**
 * Units carried in types, so a token count cannot be passed where dollars are expected.
 * Brands cost nothing at run time; they only stop mix-ups at compile time.
 */
declare const unit: unique symbol
type Branded<T, U extends string> = T & { readonly [unit]: U }

export type Tokens = Branded<number, 'tokens'>
export type Usd = Branded<number, 'usd'>
export type UsdPerMTok = Branded<number, 'usd-per-mtok'>

export const tokens = (n: number): Tokens => n as Tokens
export const usd = (n: number): Usd => n as Usd
export const usdPerMTok = (n: number): UsdPerMTok => n as UsdPerMTok
