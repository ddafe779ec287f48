import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { InboxQueryParams, InboxSort } from './api'

/** The quick views over the inbox, one per count of GET /api/inbox/counts. */
export const VIEWS = ['all', 'mine', 'overdue', 'today'] as const
export type InboxView = (typeof VIEWS)[number]

export const DUE_FILTERS = ['', 'overdue', 'today', 'week'] as const
export type DueFilter = (typeof DUE_FILTERS)[number]

export const SORTS: readonly InboxSort[] = ['due', '-due', 'priority', '-priority', 'created', '-created']

/** Everything the person chose on the inbox screen; kept in the address so a reload or back keeps it. */
export interface InboxFilters {
  view: InboxView
  projectId: string
  due: DueFilter
  priority: number | null
  q: string
  sort: InboxSort
  page: number
  size: number
}

export const PAGE_SIZE = 20

export function defaultFilters(): InboxFilters {
  return { view: 'all', projectId: '', due: '', priority: null, q: '', sort: 'due', page: 0, size: PAGE_SIZE }
}

function isoDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}

/**
 * The server's {@code dueBefore} for a view and a due filter: the narrower of the two wins.
 * Overdue is "due before now" (an instant); today and this week are calendar days, due by the end
 * of that day in the server's zone.
 */
export function dueBefore(view: InboxView, due: DueFilter, now: Date): string | undefined {
  if (view === 'overdue' || due === 'overdue') return now.toISOString()
  if (view === 'today' || due === 'today') return isoDate(now)
  if (due === 'week') {
    const end = new Date(now)
    end.setDate(end.getDate() + 6)
    return isoDate(end)
  }
  return undefined
}

/**
 * The query string of GET /api/inbox for the chosen filters. Each quick view is a server filter, so
 * its list agrees with its count of GET /api/inbox/counts and pages like any other: "assigned to me"
 * is {@code mine}, "due today" is due from now (not yet overdue) to the end of today.
 */
export function toQuery(filters: InboxFilters, now: Date = new Date()): InboxQueryParams {
  const q = filters.q.trim()
  return {
    page: filters.page,
    size: filters.size,
    projectId: filters.projectId || undefined,
    dueBefore: dueBefore(filters.view, filters.due, now),
    dueFrom: filters.view === 'today' && filters.due !== 'overdue' ? now.toISOString() : undefined,
    mine: filters.view === 'mine' ? 'true' : undefined,
    q: q ? q.slice(0, 200) : undefined,
    priority: filters.priority ?? undefined,
    sort: filters.sort === 'due' ? undefined : filters.sort,
  }
}

function first(value: LocationQuery[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v ?? undefined
}

/** Reads filters from the address, ignoring anything it does not understand. */
export function fromRoute(query: LocationQuery): InboxFilters {
  const f = defaultFilters()
  const view = first(query.view)
  if (view && (VIEWS as readonly string[]).includes(view)) f.view = view as InboxView
  const due = first(query.due)
  if (due && (DUE_FILTERS as readonly string[]).includes(due)) f.due = due as DueFilter
  const sort = first(query.sort)
  if (sort && (SORTS as readonly string[]).includes(sort)) f.sort = sort as InboxSort
  f.projectId = first(query.project) ?? ''
  f.q = first(query.q) ?? ''
  const priority = Number(first(query.priority))
  if (first(query.priority) !== undefined && Number.isInteger(priority) && priority >= 0) f.priority = priority
  const page = Number(first(query.page))
  if (Number.isInteger(page) && page > 0) f.page = page
  return f
}

/** Writes the filters into the address, leaving defaults out so it stays short. */
export function toRoute(filters: InboxFilters): LocationQueryRaw {
  const d = defaultFilters()
  const query: LocationQueryRaw = {}
  if (filters.view !== d.view) query.view = filters.view
  if (filters.projectId) query.project = filters.projectId
  if (filters.due) query.due = filters.due
  if (filters.priority !== null) query.priority = String(filters.priority)
  if (filters.q.trim()) query.q = filters.q.trim()
  if (filters.sort !== d.sort) query.sort = filters.sort
  if (filters.page > 0) query.page = String(filters.page)
  return query
}

/** Whether a task's due time has passed. */
export function isOverdue(due: string | null, now: Date = new Date()): boolean {
  return due !== null && new Date(due).getTime() < now.getTime()
}

/** Whether a task is due later today (not yet overdue). */
export function isDueToday(due: string | null, now: Date = new Date()): boolean {
  if (due === null) return false
  const at = new Date(due)
  return at.getTime() >= now.getTime() && isoDate(at) === isoDate(now)
}

/** The priority band a person reads: Camunda's default is 50. */
export function priorityBand(priority: number): 'high' | 'normal' | 'low' {
  if (priority > 50) return 'high'
  if (priority < 50) return 'low'
  return 'normal'
}

/**
 * How a due time reads: a task due "on a day" is due at the end of it, which the server stores as
 * the next day's midnight; that reads as the day itself, without a time ("due 25 Nov", not
 * "26 Nov, 00:00"). Any other time is shown with its time.
 */
export function dueDisplay(due: string): { at: Date; allDay: boolean } {
  const at = new Date(due)
  if (at.getHours() === 0 && at.getMinutes() === 0 && at.getSeconds() === 0) {
    const day = new Date(at)
    day.setDate(day.getDate() - 1)
    return { at: day, allDay: true }
  }
  return { at, allDay: false }
}
