import { describe, expect, it } from 'vitest'
import { PRIORITIES, priorityTag, severityPriority } from './priority'

describe('priority', () => {
  it('lists the most urgent first', () => {
    expect(PRIORITIES[0]).toBe('URGENT')
    expect(PRIORITIES[PRIORITIES.length - 1]).toBe('LOW')
  })

  it('makes urgent stand out and keeps normal and low quiet', () => {
    expect(priorityTag('URGENT')).toEqual({ type: 'danger', effect: 'dark' })
    expect(priorityTag('HIGH').type).toBe('warning')
    expect(priorityTag('NORMAL').type).toBe('info')
    expect(priorityTag('LOW').type).toBe('info')
  })

  it('follows a complaint severity as the server does', () => {
    expect(severityPriority('CRITICAL')).toBe('URGENT')
    expect(severityPriority('MAJOR')).toBe('HIGH')
    expect(severityPriority('MINOR')).toBe('NORMAL')
  })
})
