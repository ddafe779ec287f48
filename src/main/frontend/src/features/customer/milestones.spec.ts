import { describe, expect, it } from 'vitest'
import type { Acceptance, Milestone } from '@/features/projects/api'
import { customerState, milestoneView } from './milestones'

const TODAY = '2026-06-01'
const base: Milestone = { id: 'm', title: 'Prototype delivered', status: 'TODO', plannedDate: '2026-06-10', baselineDate: '2026-06-05', actualDate: null }
const decision = (accepted: boolean): Acceptance => ({ accepted, comment: accepted ? null : 'Burrs on the flange', decidedBy: 'c', decidedByName: 'Chen Customer', decidedAt: '2026-05-20T08:00:00Z' })

describe('milestoneView', () => {
  it('shows a moved milestone at its planned date, later than the baseline', () => {
    expect(milestoneView(base, TODAY)).toMatchObject({ date: '2026-06-10', slip: 5, state: 'planned', timing: { kind: 'later', days: 5 } })
  })

  it('measures a delivered milestone by its actual date and waits for the customer', () => {
    const done = milestoneView({ ...base, status: 'DONE', actualDate: '2026-06-03' }, TODAY)
    expect(done).toMatchObject({ date: '2026-06-03', slip: -2, state: 'awaiting', reached: true, decidable: true, timing: { kind: 'earlier', days: 2 } })
  })

  it('has no slip without a baseline', () => {
    expect(milestoneView({ ...base, baselineDate: null }, TODAY)).toMatchObject({ date: '2026-06-10', slip: null, timing: null })
  })

  it('reads a refused milestone as being reworked, never as done or early', () => {
    // done 57 days before its baseline, then refused: back in progress, its delivery no longer counts
    const refused = milestoneView({ ...base, status: 'IN_PROGRESS', plannedDate: '2026-07-28', baselineDate: '2026-07-28', actualDate: '2026-06-01', acceptance: decision(false) }, TODAY)
    expect(refused).toMatchObject({ state: 'rework', reached: false, date: '2026-07-28', timing: null, decidable: false })
    const earlyPlan = milestoneView({ ...base, status: 'IN_PROGRESS', plannedDate: '2026-06-03', baselineDate: '2026-07-30', acceptance: decision(false) }, TODAY)
    expect(earlyPlan.state).toBe('rework')
    expect(earlyPlan.timing).toBeNull()
  })

  it('says a refused milestone is overdue once its planned date has passed', () => {
    const late = milestoneView({ ...base, status: 'IN_PROGRESS', plannedDate: '2026-05-25', acceptance: decision(false) }, TODAY)
    expect(late).toMatchObject({ state: 'rework', timing: { kind: 'overdue', days: 7 } })
  })

  it('asks again once a refused milestone is delivered again, and settles when accepted', () => {
    expect(milestoneView({ ...base, status: 'DONE', actualDate: '2026-06-01', acceptance: decision(false) }, TODAY)).toMatchObject({ state: 'redelivered', decidable: true })
    expect(milestoneView({ ...base, status: 'DONE', actualDate: '2026-06-01', acceptance: decision(true) }, TODAY)).toMatchObject({ state: 'accepted', decidable: false })
  })
})

describe('customerState', () => {
  it('follows the status before any decision', () => {
    expect(customerState({ ...base, status: 'TODO' })).toBe('planned')
    expect(customerState({ ...base, status: 'IN_PROGRESS' })).toBe('inProgress')
    expect(customerState({ ...base, status: 'BLOCKED' })).toBe('blocked')
    expect(customerState({ ...base, status: 'DONE' })).toBe('awaiting')
  })

  it('reads an accepted milestone that was opened again as reopened', () => {
    expect(customerState({ ...base, status: 'IN_PROGRESS', acceptance: decision(true) })).toBe('reopened')
  })
})
