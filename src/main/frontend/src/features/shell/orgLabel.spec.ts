import { describe, expect, it } from 'vitest'
import { orgLabel } from './orgLabel'

describe('orgLabel', () => {
  it('names the tenant once when the organisation carries its name', () => {
    expect(orgLabel({ tenant: { name: 'Demo Co' }, organisation: { name: 'Demo Co' } })).toBe('Demo Co')
    expect(orgLabel({ tenant: { name: 'Demo Co' }, organisation: { name: 'demo co ' } })).toBe('Demo Co')
  })

  it('names tenant and organisation of a partner', () => {
    expect(orgLabel({ tenant: { name: 'Demo Co' }, organisation: { name: 'Supplier A' } })).toBe('Demo Co · Supplier A')
  })

  it('is empty before anyone signed in', () => {
    expect(orgLabel(null)).toBe('')
  })
})
