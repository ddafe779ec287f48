import { describe, expect, it } from 'vitest'
import { capabilitiesFor, defaultCapability, parseDomains } from './capabilities'

describe('capabilities of an organisation', () => {
  it('offers partner users only partner capabilities', () => {
    expect(capabilitiesFor('PARTNER')).toEqual(['PARTNER_MEMBER', 'PARTNER_MANAGER'])
    expect(capabilitiesFor('PARTNER')).not.toContain('MANAGER')
  })

  it('never offers the platform operator capability', () => {
    for (const kind of ['HOST', 'PARTNER', 'CUSTOMER'] as const) expect(capabilitiesFor(kind)).not.toContain('PLATFORM_OPERATOR')
  })

  it('starts a new user with the least capability of its organisation', () => {
    expect(defaultCapability('HOST')).toBe('MEMBER')
    expect(defaultCapability('CUSTOMER')).toBe('CUSTOMER_VIEWER')
  })
})

describe('e-mail domains typed by an admin', () => {
  it('splits on commas, spaces and Chinese punctuation and drops a leading @', () => {
    expect(parseDomains('@HD.example.cn, hd-cast.com；other.cn\nhd.example.cn')).toEqual(['hd.example.cn', 'hd-cast.com', 'other.cn'])
  })
})

describe('addresses pasted into an invitation', () => {
  it('takes one per line or separated by commas, and each only once', async () => {
    const { parseEmails } = await import('./capabilities')
    expect(parseEmails('Li.Wei@hd.cn\nwang@hd.cn, li.wei@hd.cn；zhao@hd.cn')).toEqual(['li.wei@hd.cn', 'wang@hd.cn', 'zhao@hd.cn'])
  })
})
