// The currencies a budget line may be kept in: ISO 4217 codes, named in the reader's language.

/** Used where the browser cannot list its currencies (older engines): the ones our tenants use most. */
const FALLBACK = ['CNY', 'HKD', 'TWD', 'JPY', 'KRW', 'SGD', 'USD', 'EUR', 'GBP', 'CHF', 'AUD', 'CAD', 'INR', 'THB', 'VND', 'MYR', 'IDR', 'PHP', 'RUB', 'BRL', 'MXN', 'ZAR', 'AED', 'SAR']

/** The first of the list, in this order, before all others (sorted by code). */
const FIRST = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP']

/** Zones whose tenants keep their budgets in yuan unless they say otherwise. */
const CHINA_ZONES = ['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Harbin', 'Asia/Urumqi', 'Asia/Kashgar', 'PRC']

export interface CurrencyChoice {
  code: string
  /** "CNY · 人民币", "EUR · Euro" */
  label: string
}

/** Every ISO 4217 code this browser knows (else {@link FALLBACK}), the common ones first, with `current` always in it. */
export function currencyCodes(current?: string | null, supported: string[] | null = browserCurrencies()): string[] {
  const codes = new Set((supported && supported.length ? supported : FALLBACK).map((c) => c.toUpperCase()).filter((c) => /^[A-Z]{3}$/.test(c)))
  if (current && /^[A-Z]{3}$/.test(current)) codes.add(current)
  const first = FIRST.filter((c) => codes.has(c))
  const rest = [...codes].filter((c) => !FIRST.includes(c)).sort()
  return [...first, ...rest]
}

/** The code with its name in the language ("CNY · 人民币"); the code alone where the browser has no name. */
export function currencyLabel(code: string, language: string): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'currency', fallback: 'none' }).of(code)
    return name && name !== code ? `${code} · ${name}` : code
  } catch {
    return code
  }
}

export function currencyChoices(language: string, current?: string | null): CurrencyChoice[] {
  return currencyCodes(current).map((code) => ({ code, label: currencyLabel(code, language) }))
}

/**
 * The currency a new line starts in: the one the budget already uses most, else yuan for a tenant
 * in China or a reader in Chinese, else US dollars.
 */
export function defaultCurrency(used: string[], tenantZone: string | null | undefined, language: string): string {
  if (used.length) {
    const counts = new Map<string, number>()
    for (const c of used) counts.set(c, (counts.get(c) ?? 0) + 1)
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0]
  }
  if ((tenantZone && CHINA_ZONES.includes(tenantZone)) || language.toLowerCase().startsWith('zh')) return 'CNY'
  return 'USD'
}

function browserCurrencies(): string[] | null {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] }
  try {
    return intl.supportedValuesOf ? intl.supportedValuesOf('currency') : null
  } catch {
    return null
  }
}
