import { describe, expect, it } from 'vitest'
import { handoffActive, handoffTagType } from './handoff'

describe('hand-off state on the board', () => {
  it('is under way from the offer until the delivery is approved or the offer declined', () => {
    expect(['OFFERED', 'ACCEPTED', 'DELIVERED', 'REWORK'].every((s) => handoffActive(s as never))).toBe(true)
    expect(handoffActive('APPROVED')).toBe(false)
    expect(handoffActive('DECLINED')).toBe(false)
    expect(handoffActive(null)).toBe(false)
  })

  it('colours what waits on someone, what needs attention and what is settled', () => {
    expect(handoffTagType('OFFERED')).toBe('warning')
    expect(handoffTagType('REWORK')).toBe('danger')
    expect(handoffTagType('APPROVED')).toBe('success')
    expect(handoffTagType('ACCEPTED')).toBe('primary')
  })
})
