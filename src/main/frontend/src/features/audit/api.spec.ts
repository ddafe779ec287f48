import { describe, expect, it } from 'vitest'
import { auditApi, describeChanges } from './api'

describe('describeChanges', () => {
  it('writes each field as from → to, a new value alone', () => {
    expect(describeChanges({ contactName: { from: '李伟', to: '王芳' }, name: { from: null, to: '华东精密' } }))
      .toBe('contactName: 李伟 → 王芳; name: 华东精密')
  })

  it('marks a removed value', () => {
    expect(describeChanges({ mobile: { from: '138', to: null } })).toBe('mobile: 138 → —')
  })
})

describe('csvUrl', () => {
  it('carries the filter and leaves empty fields out', () => {
    expect(auditApi.csvUrl({ action: 'CREATED', q: '华东', objectType: '' }))
      .toBe('/api/admin/audit.csv?action=CREATED&q=%E5%8D%8E%E4%B8%9C')
  })
})
