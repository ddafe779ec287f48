import { describe, expect, it } from 'vitest'
import { currencyCodes, currencyLabel, defaultCurrency } from './currencies'

describe('currencies', () => {
  it('lists the common codes first, then the rest by code, and keeps the current one', () => {
    const codes = currencyCodes('XAU', ['EUR', 'AUD', 'CNY', 'usd', 'ZAR', 'not-a-code'])
    expect(codes).toEqual(['CNY', 'USD', 'EUR', 'AUD', 'XAU', 'ZAR'])
  })

  it('falls back to a list of its own where the browser lists none', () => {
    expect(currencyCodes(null, null)).toContain('CNY')
    expect(currencyCodes(null, [])[0]).toBe('CNY')
  })

  it('names a currency in the reader language', () => {
    expect(currencyLabel('CNY', 'zh-CN')).toBe('CNY · 人民币')
    expect(currencyLabel('EUR', 'en')).toBe('EUR · Euro')
  })

  it('starts in the currency the budget uses most, else yuan for a tenant in China', () => {
    expect(defaultCurrency(['EUR', 'USD', 'EUR'], 'Asia/Shanghai', 'en')).toBe('EUR')
    expect(defaultCurrency([], 'Asia/Shanghai', 'en')).toBe('CNY')
    expect(defaultCurrency([], 'Europe/Berlin', 'zh-CN')).toBe('CNY')
    expect(defaultCurrency([], 'Europe/Berlin', 'en')).toBe('USD')
  })
})
