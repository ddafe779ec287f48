import { describe, expect, it } from 'vitest'
import type { BoardColumn, Card } from './api'
import { assigneeChoices, filterRows, sortRows, UNASSIGNED, workRows } from './workTable'

const card = (id: string, extra: Partial<Card> = {}): Card => ({
  id, parentId: null, title: id, order: 0, progress: 0, milestone: false, plannedStart: null, plannedEnd: null,
  assigneeUserId: null, assigneeOrganisationId: null, version: 0, priority: 'NORMAL', handoffStatus: null, ...extra,
})

const columns: BoardColumn[] = [
  { status: 'TODO', cards: [card('Castings', { plannedEnd: '2026-12-10', priority: 'HIGH', assigneeOrganisationId: 'org-b' }), card('Undated')] },
  { status: 'IN_PROGRESS', cards: [card('Drawings', { plannedStart: '2026-12-01', plannedEnd: '2026-12-03', priority: 'URGENT', assigneeUserId: 'u-pm' })] },
  { status: 'DONE', cards: [card('Kick-off', { plannedEnd: '2026-11-20', priority: 'LOW', assigneeUserId: 'u-pm' })] },
]
const names = { 'org-b': 'Rapid Castings Co', 'u-pm': '王经理' }
const rows = workRows(columns, names, '2026-12-04')

describe('the work-item list', () => {
  it('gives each card its column, the assignee by name and its due state on the reader\'s day', () => {
    const drawings = rows.find((r) => r.id === 'Drawings')!
    expect(drawings).toMatchObject({ status: 'IN_PROGRESS', assignee: '王经理', due: 'overdue' })
    expect(rows.find((r) => r.id === 'Kick-off')!.due).toBe('done')
    expect(rows.find((r) => r.id === 'Castings')!).toMatchObject({ assignee: 'Rapid Castings Co', due: 'soon' })
    expect(rows.find((r) => r.id === 'Undated')!.due).toBe('none')
  })

  it('sorts by priority most urgent first, and back', () => {
    expect(sortRows(rows, { key: 'priority', descending: false }).map((r) => r.id)).toEqual(['Drawings', 'Castings', 'Undated', 'Kick-off'])
    expect(sortRows(rows, { key: 'priority', descending: true }).map((r) => r.id)[0]).toBe('Kick-off')
  })

  it('keeps undated rows last whichever way the dates are sorted', () => {
    expect(sortRows(rows, { key: 'plannedEnd', descending: false }).map((r) => r.id)).toEqual(['Kick-off', 'Drawings', 'Castings', 'Undated'])
    expect(sortRows(rows, { key: 'plannedEnd', descending: true }).map((r) => r.id)).toEqual(['Castings', 'Drawings', 'Kick-off', 'Undated'])
  })

  it('sorts by status in the board\'s order', () => {
    expect(sortRows(rows, { key: 'status', descending: false }).map((r) => r.status)).toEqual(['TODO', 'TODO', 'IN_PROGRESS', 'DONE'])
  })

  it('filters by status, priority and assignee, "unassigned" included', () => {
    expect(filterRows(rows, { statuses: ['TODO'], priorities: [], assignees: [] }).map((r) => r.id)).toEqual(['Castings', 'Undated'])
    expect(filterRows(rows, { statuses: [], priorities: ['URGENT', 'LOW'], assignees: [] })).toHaveLength(2)
    expect(filterRows(rows, { statuses: [], priorities: [], assignees: ['u-pm'] }).map((r) => r.id)).toEqual(['Drawings', 'Kick-off'])
    expect(filterRows(rows, { statuses: [], priorities: [], assignees: [UNASSIGNED] }).map((r) => r.id)).toEqual(['Undated'])
  })

  it('offers every assignee once, by name', () => {
    expect(assigneeChoices(rows)).toEqual([{ id: 'org-b', name: 'Rapid Castings Co' }, { id: 'u-pm', name: '王经理' }])
  })
})
