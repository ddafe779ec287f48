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
