import type { LocationQuery, LocationQueryRaw } from 'vue-router'
import type { InboxQueryParams, InboxSort } from './api'
import { addDays, dayIn, readerZone, wallClock } from '@/i18n/dates'

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

/**
 * The server's {@code dueBefore} for a view and a due filter: the narrower of the two wins.
 * Overdue is "due by now" (an instant); today and this week are calendar days of the reader's
 * zone, due by the end of that day there (the server reads a date in the same zone).
 */
export function dueBefore(view: InboxView, due: DueFilter, now: Date, zone: string = readerZone.value): string | undefined {
  if (view === 'overdue' || due === 'overdue') return now.toISOString()
  if (view === 'today' || due === 'today') return dayIn(now, zone)
  if (due === 'week') return addDays(dayIn(now, zone), 6)
  return undefined
}

/**
 * The query string of GET /api/inbox for the chosen filters. Each quick view is a server filter, so
 * its list agrees with its count of GET /api/inbox/counts and pages like any other: "assigned to me"
 * is {@code mine}, "due today" is due from now (not yet overdue) to the end of today.
 */
export function toQuery(filters: InboxFilters, now: Date = new Date(), zone: string = readerZone.value): InboxQueryParams {
  const q = filters.q.trim()
  return {
    page: filters.page,
    size: filters.size,
    projectId: filters.projectId || undefined,
    dueBefore: dueBefore(filters.view, filters.due, now, zone),
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

/**
 * Whether a task's due moment has come. A due time is the end of the time given: a task due on
 * the 8th is due until the 8th ends (stored as the 9th's midnight), and overdue from that moment.
 */
export function isOverdue(due: string | null, now: Date = new Date()): boolean {
  return due !== null && new Date(due).getTime() <= now.getTime()
}

/** Whether a task is due later today in the reader's zone (not yet overdue); as GET /api/inbox/counts counts. */
export function isDueToday(due: string | null, now: Date = new Date(), zone: string = readerZone.value): boolean {
  if (due === null) return false
  const at = new Date(due)
  // a due time ends the time before it: the 9th's midnight still belongs to the 8th
  return at.getTime() > now.getTime() && dayIn(new Date(at.getTime() - 1), zone) === dayIn(now, zone)
}

/** The priority band a person reads: Camunda's default is 50. */
export function priorityBand(priority: number): 'high' | 'normal' | 'low' {
  if (priority > 50) return 'high'
  if (priority < 50) return 'low'
  return 'normal'
}

/**
 * How a due time reads in the reader's zone: a task due "on a day" is due at the end of it, which
 * the server stores as the next day's midnight (of the tenant's zone); for a reader in that zone it
 * reads as the day itself, without a time ("due 25 Nov", not "26 Nov, 00:00"). Any other time, and
 * the same moment for a reader elsewhere (17:00 in Berlin for the end of a day in Shanghai), is
 * shown with its time. Format the answer with `d(at, allDay ? 'date' : 'short')`.
 */
export function dueDisplay(due: string, zone: string = readerZone.value): { at: Date; allDay: boolean } {
  const at = new Date(due)
  const w = wallClock(at, zone)
  if (w.hour === 0 && w.minute === 0 && w.second === 0) {
    // a moment of the day that ended: its 'date' in the zone is that day
    return { at: new Date(at.getTime() - 1), allDay: true }
  }
  return { at, allDay: false }
}
