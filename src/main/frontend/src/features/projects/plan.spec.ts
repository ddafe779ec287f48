import { describe, expect, it } from 'vitest'
import type { BudgetLine, GanttRow } from './api'
import { addDays, burnSeries, draggedDates, dueState, fitMode, formatVariance, offscreenMilestones, orderDue, planRows, planSpan, scrollTarget, toGanttTasks, varianceDays, xAt } from './plan'

const row = (id: string, extra: Partial<GanttRow> = {}): GanttRow => ({
  id, name: `Item ${id}`, context: false, start: '2026-03-02', end: '2026-03-06', progress: 40, version: 3, ...extra,
})

describe('toGanttTasks', () => {
  it('turns plan rows into bars with dependencies as frappe-gantt expects', () => {
    const tasks = toGanttTasks([row('a'), row('b', { dependencies: ['a'], baselineStart: '2026-03-01', baselineEnd: '2026-03-04' })])
    expect(tasks).toHaveLength(2)
    expect(tasks[1]).toMatchObject({ id: 'b', start: '2026-03-02', end: '2026-03-06', progress: 40, dependencies: 'a', baselineEnd: '2026-03-04', version: 3 })
    expect(tasks[1].custom_class).toBe('cf-late')
    expect(tasks[0].custom_class).toBe('cf-bar')
  })

  it('leaves out context rows and undated rows, and arrows to them', () => {
    const tasks = toGanttTasks([
      row('ctx', { context: true, start: undefined, end: undefined }),
      row('undated', { start: undefined, end: undefined }),
      row('c', { dependencies: ['undated', 'ctx'] }),
    ])
    expect(tasks.map((t) => t.id)).toEqual(['c'])
    expect(tasks[0].dependencies).toBe('')
  })

  it('draws an item with one date as a one-day bar and marks milestones', () => {
    const [only] = toGanttTasks([row('m', { start: undefined, end: '2026-04-01', milestone: true, status: 'DONE' })])
    expect(only.start).toBe('2026-04-01')
    expect(only.end).toBe('2026-04-01')
    expect(only.custom_class).toBe('cf-milestone')
  })

  it('gives every bar exactly one class (frappe-gantt adds it with classList.add)', () => {
    const tasks = toGanttTasks([row('a', { status: 'DONE' }), row('b', { status: 'BLOCKED' }), row('c', { milestone: true, baselineEnd: '2026-03-01' })])
    expect(tasks.map((t) => t.custom_class)).toEqual(['cf-done', 'cf-blocked', 'cf-milestone'])
    tasks.forEach((t) => expect(t.custom_class).not.toContain(' '))
  })

  it('never hands frappe-gantt an end before the start', () => {
    const [bad] = toGanttTasks([row('x', { start: '2026-05-10', end: '2026-05-01' })])
    expect(bad.end).toBe('2026-05-10')
  })
})

describe('variance', () => {
  it('counts the days the plan slipped against the baseline', () => {
    expect(varianceDays('2026-03-10', '2026-03-06')).toBe(4)
    expect(varianceDays('2026-03-01', '2026-03-06')).toBe(-5)
    expect(varianceDays('2026-03-06', '2026-03-06')).toBe(0)
    expect(varianceDays('2026-03-31', '2026-02-28')).toBe(31)
  })

  it('is unknown without a baseline or a plan', () => {
    expect(varianceDays('2026-03-10', null)).toBeNull()
    expect(varianceDays(undefined, '2026-03-10')).toBeNull()
    expect(formatVariance(null)).toBe('')
  })

  it('is written with its sign', () => {
    expect(formatVariance(3)).toBe('+3 d')
    expect(formatVariance(-2)).toBe('−2 d')
    expect(formatVariance(0)).toBe('0 d')
  })
})

describe('planRows', () => {
  it('indents children under their parents', () => {
    const rows = planRows([row('p'), row('c', { parent: 'p' }), row('g', { parent: 'c', baselineEnd: '2026-03-05' }), row('q')])
    expect(rows.map((r) => r.depth)).toEqual([0, 1, 2, 0])
    expect(rows[2].variance).toBe(1)
  })
})

describe('dates', () => {
  it('reads a dragged bar back as inclusive dates', () => {
    // frappe-gantt reports the end as the last second of the last day
    expect(draggedDates(new Date(2026, 2, 5, 0, 0, 0), new Date(2026, 2, 9, 23, 59, 59))).toEqual({ plannedStart: '2026-03-05', plannedEnd: '2026-03-09' })
  })

  it('adds days across month ends', () => {
    expect(addDays('2026-01-30', 3)).toBe('2026-02-02')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  })
})

describe('burnSeries', () => {
  const line = (category: string, currency: string, planned: number, committed: number, actual: number): BudgetLine => ({
    id: category + currency, projectId: 'p', category, description: null, currency, planned, committed, actual, version: 0,
  })

  it('sums lines per category and currency and computes the share spent', () => {
    const [cny, eur] = burnSeries([
      line('Tooling', 'EUR', 1000, 800, 500),
      line('Material', 'EUR', 3000, 1000, 500),
      line('Tooling', 'EUR', 1000, 0, 0),
      line('Freight', 'CNY', 0, 0, 10),
    ])
    expect(eur.categories).toEqual(['Material', 'Tooling'])
    expect(eur.planned).toEqual([3000, 2000])
    expect(eur.committed).toEqual([1000, 800])
    expect(eur.burnPercent).toBe(20)
    expect(cny.burnPercent).toBeNull()
  })
})

describe('orderDue', () => {
  const rows = [row('m', { end: '2026-05-30', milestone: true }), row('a', { end: '2026-04-10' }), row('b', { end: '2026-04-20' })]

  it('is the milestone’s planned end when the order has one', () => {
    expect(orderDue({ milestoneWorkItemId: 'm', workItemIds: ['a', 'b'] }, rows)).toBe('2026-05-30')
  })

  it('else the latest planned end of its work items, or nothing when none is planned', () => {
    expect(orderDue({ milestoneWorkItemId: null, workItemIds: ['a', 'b'] }, rows)).toBe('2026-04-20')
    expect(orderDue({ milestoneWorkItemId: 'x', workItemIds: ['y'] }, rows)).toBeNull()
  })
})

describe('the plan\'s window', () => {
  it('reads a planned end as overdue from the next day on, the server\'s rule', () => {
    expect(dueState('2026-12-03', 'IN_PROGRESS', '2026-12-04')).toBe('overdue')
    expect(dueState('2026-12-04', 'TODO', '2026-12-04')).toBe('today')
    expect(dueState('2026-12-11', 'TODO', '2026-12-04')).toBe('soon')
    expect(dueState('2026-12-12', 'TODO', '2026-12-04')).toBe('later')
    expect(dueState('2026-12-01', 'DONE', '2026-12-04')).toBe('done')
    expect(dueState(null, 'TODO', '2026-12-04')).toBe('none')
  })

  it('spans the bars from the earliest start to the latest end', () => {
    expect(planSpan([{ start: '2026-12-05', end: '2026-12-09' }, { start: '2026-12-01', end: '2026-12-03' }])).toEqual({ start: '2026-12-01', end: '2026-12-09' })
    expect(planSpan([])).toBeNull()
  })

  it('fits a project into the finest view that shows all of it', () => {
    expect(fitMode({ start: '2026-12-01', end: '2026-12-10' }, 1000)).toEqual({ mode: 'Day', columnWidth: null })
    expect(fitMode({ start: '2026-12-01', end: '2027-01-29' }, 1300)).toEqual({ mode: 'Week', columnWidth: null })
    expect(fitMode({ start: '2026-12-01', end: '2027-01-29' }, 260)).toEqual({ mode: 'Month', columnWidth: null })
  })

  it('narrows the month columns when not even months fit, down to a readable width', () => {
    // 86 days and a month of margin in 256 px: 256 / (146 / 30) columns
    expect(fitMode({ start: '2026-11-29', end: '2027-02-22' }, 256)).toEqual({ mode: 'Month', columnWidth: 52 })
    expect(fitMode({ start: '2026-01-01', end: '2036-01-01' }, 256).columnWidth).toBe(36)
  })

  it('places a moment within its column in proportion', () => {
    const day = 24 * 60 * 60 * 1000
    const columns = [0, day, 2 * day, 3 * day]
    expect(xAt(columns, 45, 0)).toBe(0)
    expect(xAt(columns, 45, 1.5 * day)).toBeCloseTo(67.5)
    expect(xAt(columns, 45, 10 * day)).toBe(135)
    expect(xAt(columns, 45, -day)).toBe(0)
  })

  it('lists the milestones beyond each edge of the window', () => {
    const boxes = [
      { id: 'a', name: 'Kick-off', x: 10, width: 45 },
      { id: 'b', name: 'Review', x: 400, width: 45 },
      { id: 'c', name: 'Prototype', x: 1500, width: 45 },
    ]
    expect(offscreenMilestones(boxes, 100, 600).map((m) => [m.id, m.side])).toEqual([['a', 'left'], ['c', 'right']])
    expect(offscreenMilestones(boxes, 0, 2000)).toEqual([])
  })

  it('scrolls a target a third into the window, never before the start', () => {
    expect(scrollTarget(900, 600)).toBe(700)
    expect(scrollTarget(100, 600)).toBe(0)
  })
})
