import { describe, expect, it } from 'vitest'
import { defaultFilters, dueBefore, dueDisplay, fromRoute, isDueToday, isOverdue, priorityBand, toQuery, toRoute } from './filters'

const now = new Date(2026, 10, 24, 10, 30) // 24 Nov 2026, 10:30 local

describe('the inbox query', () => {
  it('asks for the first page soonest due first when nothing is chosen', () => {
    expect(toQuery(defaultFilters(), now)).toEqual({ page: 0, size: 20, projectId: undefined, dueBefore: undefined, q: undefined, priority: undefined, sort: undefined })
  })

  it('sends project, trimmed text, priority, sort and page as chosen', () => {
    const q = toQuery({ ...defaultFilters(), projectId: 'p1', q: '  housing ', priority: 51, sort: '-priority', page: 2 }, now)
    expect(q).toMatchObject({ page: 2, projectId: 'p1', q: 'housing', priority: 51, sort: '-priority' })
  })

  it('keeps the text within the server limit of 200 characters', () => {
    expect(toQuery({ ...defaultFilters(), q: 'x'.repeat(300) }, now).q).toHaveLength(200)
  })

  it('turns overdue into "due before now", today and this week into days', () => {
    expect(dueBefore('overdue', '', now)).toBe(now.toISOString())
    expect(dueBefore('all', 'overdue', now)).toBe(now.toISOString())
    expect(dueBefore('today', '', now)).toBe('2026-11-24')
    expect(dueBefore('all', 'today', now)).toBe('2026-11-24')
    expect(dueBefore('all', 'week', now)).toBe('2026-11-30')
    expect(dueBefore('all', '', now)).toBeUndefined()
  })

  it('lets the narrower of view and due filter win', () => {
    expect(dueBefore('today', 'week', now)).toBe('2026-11-24')
    expect(dueBefore('overdue', 'week', now)).toBe(now.toISOString())
  })

  it('asks the server for "assigned to me" and pages it like any list', () => {
    const q = toQuery({ ...defaultFilters(), view: 'mine', page: 3 }, now)
    expect(q).toMatchObject({ page: 3, size: 20, mine: 'true' })
    expect(q.dueFrom).toBeUndefined()
    expect(toQuery(defaultFilters(), now).mine).toBeUndefined()
  })

  it('asks for "due today" as due from now to the end of today, as the count does', () => {
    expect(toQuery({ ...defaultFilters(), view: 'today' }, now)).toMatchObject({ dueFrom: now.toISOString(), dueBefore: '2026-11-24' })
    expect(toQuery({ ...defaultFilters(), view: 'today', due: 'overdue' }, now).dueFrom).toBeUndefined()
  })
})

describe('filters in the address', () => {
  it('round-trip and leave defaults out', () => {
    const f = { ...defaultFilters(), view: 'overdue' as const, projectId: 'p1', due: 'week' as const, priority: 50, q: 'gear', sort: 'created' as const, page: 1 }
    const query = toRoute(f)
    expect(query).toEqual({ view: 'overdue', project: 'p1', due: 'week', priority: '50', q: 'gear', sort: 'created', page: '1' })
    expect(fromRoute(query as Record<string, string>)).toEqual(f)
    expect(toRoute(defaultFilters())).toEqual({})
  })

  it('ignore what they do not understand', () => {
    expect(fromRoute({ view: 'everything', due: 'soon', sort: 'title', priority: '-3', page: 'x' })).toEqual(defaultFilters())
    expect(fromRoute({ view: ['mine', 'all'] }).view).toBe('mine')
  })
})

describe('due and priority as the list shows them', () => {
  it('marks a passed due time overdue and a later one today as due today', () => {
    expect(isOverdue(new Date(2026, 10, 24, 9).toISOString(), now)).toBe(true)
    expect(isOverdue(new Date(2026, 10, 24, 18).toISOString(), now)).toBe(false)
    expect(isOverdue(null, now)).toBe(false)
    expect(isDueToday(new Date(2026, 10, 24, 18).toISOString(), now)).toBe(true)
    expect(isDueToday(new Date(2026, 10, 24, 9).toISOString(), now)).toBe(false)
    expect(isDueToday(new Date(2026, 10, 25, 9).toISOString(), now)).toBe(false)
  })

  it('reads Camunda priorities around the default of 50', () => {
    expect(priorityBand(50)).toBe('normal')
    expect(priorityBand(80)).toBe('high')
    expect(priorityBand(10)).toBe('low')
  })
})

describe('due times as a person reads them', () => {
  it('shows the end of a day as that day, without a time', () => {
    const shown = dueDisplay(new Date(2026, 10, 26, 0, 0).toISOString())
    expect(shown.allDay).toBe(true)
    expect(shown.at.getDate()).toBe(25)
  })

  it('shows any other time as it is', () => {
    const shown = dueDisplay(new Date(2026, 10, 26, 14, 30).toISOString())
    expect(shown).toEqual({ at: new Date(2026, 10, 26, 14, 30), allDay: false })
  })
})
