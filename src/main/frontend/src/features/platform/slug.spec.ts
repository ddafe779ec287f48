import { describe, expect, it } from 'vitest'
import { proposeSlug, timeZones } from './slug'

describe('proposeSlug', () => {
  it('keeps letters and digits and joins the rest with single hyphens', () => {
    expect(proposeSlug('  Huadong Precision Casting Co., Ltd. ')).toBe('huadong-precision-casting-co-ltd')
  })
  it('proposes nothing for a name without Latin letters, so the operator types one', () => {
    expect(proposeSlug('华东精密铸造')).toBe('')
  })
  it('never ends in a hyphen when cut to 40 characters', () => {
    const slug = proposeSlug('a'.repeat(39) + ' b')
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('timeZones', () => {
  it('offers Shanghai first and each zone once', () => {
    const zones = timeZones()
    expect(zones[0]).toBe('Asia/Shanghai')
    expect(new Set(zones).size).toBe(zones.length)
  })
})
