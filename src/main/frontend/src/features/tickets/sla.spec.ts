import { describe, expect, it } from 'vitest'
import { slaClock } from './sla'

const now = new Date('2026-12-04T10:00:00Z')

describe('the SLA clock of a ticket stage', () => {
  it('counts down to the due time', () => {
    expect(slaClock('2026-12-04T13:20:00Z', false, null, now)).toEqual({ state: 'running', hours: 3, minutes: 20 })
  })
  it('counts how long a stage is overdue, whether or not the breach was recorded yet', () => {
    expect(slaClock('2026-12-04T08:45:00Z', false, null, now)).toEqual({ state: 'breached', hours: 1, minutes: 15 })
    expect(slaClock('2026-12-04T08:45:00Z', true, null, now).state).toBe('breached')
  })
  it('has no clock on a stage without an SLA, and none once the ticket is closed', () => {
    expect(slaClock(null, false, null, now).state).toBe('none')
    expect(slaClock('2026-12-04T08:45:00Z', true, '2026-12-04T09:00:00Z', now).state).toBe('closed')
  })
})
