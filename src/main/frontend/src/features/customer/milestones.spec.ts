import { describe, expect, it } from 'vitest'
import { milestoneView } from './milestones'

const base = { id: 'm', title: 'Prototype delivered', status: 'TODO' as const, plannedDate: '2026-06-10', baselineDate: '2026-06-05', actualDate: null }

describe('milestoneView', () => {
  it('shows a moved milestone at its planned date, later than the baseline', () => {
    expect(milestoneView(base)).toMatchObject({ date: '2026-06-10', slip: 5 })
  })

  it('measures a reached milestone by its actual date', () => {
    expect(milestoneView({ ...base, status: 'DONE', actualDate: '2026-06-03' })).toMatchObject({ date: '2026-06-03', slip: -2 })
  })

  it('has no slip without a baseline', () => {
    expect(milestoneView({ ...base, baselineDate: null })).toMatchObject({ date: '2026-06-10', slip: null })
  })
})
