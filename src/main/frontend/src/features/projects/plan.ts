import type { BudgetLine, GanttRow, SupplierOrder } from './api'

/** A frappe-gantt task, with our own fields kept alongside for the baseline overlay and the drawer. */
export interface GanttTask {
  id: string
  name: string
  start: string
  end: string
  progress: number
  dependencies: string
  custom_class: string
  baselineStart: string | null
  baselineEnd: string | null
  version: number
}

const DAY = 24 * 60 * 60 * 1000

/** Parses an ISO date (YYYY-MM-DD) as a day number, independent of the time zone. */
function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / DAY
}

/** A local Date as YYYY-MM-DD (frappe-gantt works in local midnight). */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function addDays(date: string, days: number): string {
  const d = new Date((dayNumber(date) + days) * DAY)
  return d.toISOString().substring(0, 10)
}

/** Calendar days from {@code from} to {@code to}: positive when {@code to} is later. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

/**
 * How many days the plan slipped against the baseline (positive: later than the baseline);
 * null when either date is missing, so "no baseline" is never shown as "on time".
 */
export function varianceDays(planned: string | null | undefined, baseline: string | null | undefined): number | null {
  if (!planned || !baseline) return null
  return daysBetween(baseline, planned)
}

/** "+3 d", "−2 d", "0 d" or "" for a variance, as the variance column shows it. */
export function formatVariance(days: number | null): string {
  if (days === null) return ''
  if (days > 0) return `+${days} d`
  if (days < 0) return `−${-days} d`
  return '0 d'
}

/**
 * The rows of the plan that can be drawn as bars: context rows (a partner's ancestors) and rows
 * without any date are left out; a row with only one date becomes a one-day bar; dependencies
 * on rows that are not drawn are dropped (frappe-gantt fails on arrows to missing bars).
 */
export function toGanttTasks(rows: GanttRow[]): GanttTask[] {
  const drawable = rows.filter((r) => !r.context && (r.start || r.end))
  const ids = new Set(drawable.map((r) => r.id))
  return drawable.map((r) => {
    const start = r.start ?? r.end!
    let end = r.end ?? r.start!
    if (daysBetween(start, end) < 0) end = start
    // frappe-gantt adds custom_class with classList.add: exactly one class, no spaces
    const variance = varianceDays(r.end, r.baselineEnd)
    let custom_class = 'cf-bar'
    if (r.milestone) custom_class = 'cf-milestone'
    else if (r.status === 'DONE') custom_class = 'cf-done'
    else if (variance !== null && variance > 0) custom_class = 'cf-late'
    else if (r.status === 'BLOCKED') custom_class = 'cf-blocked'
    return {
      id: r.id,
      name: r.name,
      start,
      end,
      progress: r.progress ?? 0,
      dependencies: (r.dependencies ?? []).filter((d) => ids.has(d)).join(','),
      custom_class,
      baselineStart: r.baselineStart ?? null,
      baselineEnd: r.baselineEnd ?? null,
      version: r.version ?? 0,
    }
  })
}

/** Rows of the plan table: indentation by depth in the tree and the end-date variance. */
export interface PlanRow {
  id: string
  name: string
  depth: number
  start: string | null
  end: string | null
  baselineEnd: string | null
  variance: number | null
  context: boolean
  milestone: boolean
}

export function planRows(rows: GanttRow[]): PlanRow[] {
  const depth = new Map<string, number>()
  return rows.map((r) => {
    const d = r.parent && depth.has(r.parent) ? depth.get(r.parent)! + 1 : 0
    depth.set(r.id, d)
    return {
      id: r.id,
      name: r.name,
      depth: d,
      start: r.start ?? null,
      end: r.end ?? null,
      baselineEnd: r.baselineEnd ?? null,
      variance: varianceDays(r.end, r.baselineEnd),
      context: r.context,
      milestone: r.milestone ?? false,
    }
  })
}

/** The dates of a dragged bar: frappe-gantt hands the start and the end minus one second. */
export function draggedDates(start: Date, end: Date): { plannedStart: string; plannedEnd: string } {
  return { plannedStart: isoDate(start), plannedEnd: isoDate(end) }
}

/** Budget figures per currency for the burn chart: categories with planned, committed and actual. */
export interface BurnSeries {
  currency: string
  categories: string[]
  planned: number[]
  committed: number[]
  actual: number[]
  /** actual as a share of planned, in percent with one decimal; null without a plan */
  burnPercent: number | null
}

export function burnSeries(lines: BudgetLine[]): BurnSeries[] {
  const byCurrency = new Map<string, Map<string, { planned: number; committed: number; actual: number }>>()
  for (const line of lines) {
    const categories = byCurrency.get(line.currency) ?? new Map()
    byCurrency.set(line.currency, categories)
    const sum = categories.get(line.category) ?? { planned: 0, committed: 0, actual: 0 }
    sum.planned += Number(line.planned ?? 0)
    sum.committed += Number(line.committed ?? 0)
    sum.actual += Number(line.actual ?? 0)
    categories.set(line.category, sum)
  }
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, categories]) => {
      const names = [...categories.keys()].sort()
      const planned = names.map((n) => categories.get(n)!.planned)
      const actual = names.map((n) => categories.get(n)!.actual)
      const totalPlanned = planned.reduce((s, v) => s + v, 0)
      const totalActual = actual.reduce((s, v) => s + v, 0)
      return {
        currency,
        categories: names,
        planned,
        committed: names.map((n) => categories.get(n)!.committed),
        actual,
        burnPercent: totalPlanned > 0 ? Math.round((totalActual / totalPlanned) * 1000) / 10 : null,
      }
    })
}

/**
 * When a supplier order is due: its milestone's planned end (what the customer watches), else the
 * latest planned end of its work items; null when none of them is planned.
 */
export function orderDue(order: Pick<SupplierOrder, 'milestoneWorkItemId' | 'workItemIds'>, rows: GanttRow[]): string | null {
  const end = (id: string) => rows.find((r) => r.id === id)?.end
  const milestone = order.milestoneWorkItemId ? end(order.milestoneWorkItemId) : undefined
  if (milestone) return milestone
  const ends = order.workItemIds.map(end).filter((e): e is string => !!e).sort()
  return ends.length ? ends[ends.length - 1] : null
}

/**
 * Where a work item stands against its planned end, on the reader's calendar day `today`
 * (`dayIn(new Date())`, the tenant's zone unless the profile names another): `done`; `overdue` once
 * the planned end has passed (the server's rule, OverdueWorkItems: the day after the end); `today`
 * on the planned end itself; `soon` within the next `soonDays` days; else `later`, or `none`
 * without a planned end.
 */
export type DueState = 'done' | 'overdue' | 'today' | 'soon' | 'later' | 'none'

export function dueState(plannedEnd: string | null | undefined, status: string | null | undefined, today: string, soonDays = 7): DueState {
  if (status === 'DONE') return 'done'
  if (!plannedEnd) return 'none'
  const days = daysBetween(today, plannedEnd)
  if (days < 0) return 'overdue'
  if (days === 0) return 'today'
  return days <= soonDays ? 'soon' : 'later'
}

/** frappe-gantt's view modes this plan offers, finest first, with the pixels one day takes in each. */
export const VIEW_MODES = ['Day', 'Week', 'Month'] as const
export type ViewMode = (typeof VIEW_MODES)[number]
export const PIXELS_PER_DAY: Record<ViewMode, number> = { Day: 45, Week: 140 / 7, Month: 120 / 30 }

/** The earliest start and the latest end (YYYY-MM-DD) of the bars; null without bars. */
export function planSpan(tasks: Pick<GanttTask, 'start' | 'end'>[]): { start: string; end: string } | null {
  if (tasks.length === 0) return null
  let start = tasks[0].start
  let end = tasks[0].end
  for (const task of tasks) {
    if (task.start < start) start = task.start
    if (task.end > end) end = task.end
  }
  return { start, end }
}

/**
 * The finest view in which the span (both ends included) fits into `width` pixels, leaving a
 * margin of a day's width on each side. When not even months fit (a long plan on a phone), months
 * get narrower columns: `columnWidth` is then the month column's width in pixels (at least 36,
 * below which no month's name can be read), else null for the view's own width.
 */
export function fitMode(span: { start: string; end: string }, width: number): { mode: ViewMode; columnWidth: number | null } {
  const days = daysBetween(span.start, span.end) + 1
  for (const mode of VIEW_MODES) {
    if ((days + 2) * PIXELS_PER_DAY[mode] <= width) return { mode, columnWidth: null }
  }
  return { mode: 'Month', columnWidth: Math.max(36, Math.floor((width * 30) / (days + 2 * 30))) }
}

/**
 * The x position of the moment `at` (milliseconds) on a chart whose columns start at `columns`
 * (ascending, milliseconds) and are `columnWidth` pixels wide: within a column in proportion to
 * its length, so months of 28 and 31 days both fill one column. Before the first column 0, after
 * the last its end.
 */
export function xAt(columns: number[], columnWidth: number, at: number): number {
  if (columns.length === 0 || at <= columns[0]) return 0
  for (let i = 0; i < columns.length - 1; i++) {
    if (at < columns[i + 1]) return (i + (at - columns[i]) / (columns[i + 1] - columns[i])) * columnWidth
  }
  return (columns.length - 1) * columnWidth
}

/** A milestone bar's horizontal extent on the chart. */
export interface MilestoneBox {
  id: string
  name: string
  x: number
  width: number
}

/**
 * The milestones the visible window (from `scrollLeft`, `viewWidth` wide) does not show, each
 * with the edge it lies beyond: `left` for earlier ones, `right` for later ones.
 */
export function offscreenMilestones(boxes: MilestoneBox[], scrollLeft: number, viewWidth: number): (MilestoneBox & { side: 'left' | 'right' })[] {
  const result: (MilestoneBox & { side: 'left' | 'right' })[] = []
  for (const box of boxes) {
    if (box.x + box.width <= scrollLeft) result.push({ ...box, side: 'left' })
    else if (box.x >= scrollLeft + viewWidth) result.push({ ...box, side: 'right' })
  }
  return result
}

/** Where to scroll so that `x` comes to lie a third into the window, never before the chart's start. */
export function scrollTarget(x: number, viewWidth: number): number {
  return Math.max(0, Math.round(x - viewWidth / 3))
}

/** The Element Plus tag colour of a due state: overdue stands out, due today warns, the rest stay quiet. */
export function dueTagType(due: DueState): 'danger' | 'warning' | 'success' | 'info' | 'primary' {
  if (due === 'overdue') return 'danger'
  if (due === 'today') return 'warning'
  if (due === 'done') return 'success'
  if (due === 'soon') return 'primary'
  return 'info'
}
