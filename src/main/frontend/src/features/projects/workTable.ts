import type { Priority } from '@/api/priority'
import { PRIORITIES } from '@/api/priority'
import { STATUSES, type BoardColumn, type WorkItemStatus } from './api'
import { dueState, type DueState } from './plan'

/** One row of the project's work-item list: a board card with its status, assignee's name and due state. */
export interface WorkRow {
  id: string
  title: string
  status: WorkItemStatus
  priority: Priority
  assigneeId: string | null
  assignee: string
  plannedStart: string | null
  plannedEnd: string | null
  milestone: boolean
  due: DueState
}

export const SORT_KEYS = ['title', 'status', 'priority', 'assignee', 'plannedStart', 'plannedEnd'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export interface Sorting {
  key: SortKey
  descending: boolean
}

/** What the list is narrowed to; an empty list of a kind lets every value through. */
export interface WorkFilters {
  statuses: WorkItemStatus[]
  priorities: Priority[]
  assignees: string[]
}

/** The filter value of a row nobody is assigned to. */
export const UNASSIGNED = '-'

export function workRows(columns: BoardColumn[], names: Record<string, string>, today: string): WorkRow[] {
  return columns.flatMap((column) =>
    column.cards.map((card) => {
      const assigneeId = card.assigneeOrganisationId ?? card.assigneeUserId
      return {
        id: card.id,
        title: card.title,
        status: column.status,
        priority: card.priority,
        assigneeId,
        assignee: assigneeId ? (names[assigneeId] ?? '') : '',
        plannedStart: card.plannedStart,
        plannedEnd: card.plannedEnd,
        milestone: card.milestone,
        due: dueState(card.plannedEnd, column.status, today),
      }
    }),
  )
}

export function filterRows(rows: WorkRow[], filters: WorkFilters): WorkRow[] {
  return rows.filter(
    (r) =>
      (filters.statuses.length === 0 || filters.statuses.includes(r.status)) &&
      (filters.priorities.length === 0 || filters.priorities.includes(r.priority)) &&
      (filters.assignees.length === 0 || filters.assignees.includes(r.assigneeId ?? UNASSIGNED)),
  )
}

const rank = <T>(order: readonly T[]) => (value: T) => order.indexOf(value)
const statusRank = rank(STATUSES)
// most urgent first when ascending, as a person reads "by priority"
const priorityRank = rank(PRIORITIES)

function compare(a: WorkRow, b: WorkRow, key: SortKey, locale: string): number {
  switch (key) {
    case 'status':
      return statusRank(a.status) - statusRank(b.status)
    case 'priority':
      return priorityRank(a.priority) - priorityRank(b.priority)
    case 'plannedStart':
    case 'plannedEnd': {
      const x = a[key]
      const y = b[key]
      if (x === y) return 0
      if (x === null) return 1
      if (y === null) return -1
      return x < y ? -1 : 1
    }
    default:
      return a[key].localeCompare(b[key], locale)
  }
}

/**
 * The rows in the chosen order, ties by title; rows without the date sorted on stay last in
 * either direction (an undated item is never "the most urgent").
 */
export function sortRows(rows: WorkRow[], sorting: Sorting, locale = 'en'): WorkRow[] {
  const dated = sorting.key === 'plannedStart' || sorting.key === 'plannedEnd'
  return [...rows].sort((a, b) => {
    if (dated && (a[sorting.key as 'plannedEnd'] === null) !== (b[sorting.key as 'plannedEnd'] === null)) {
      return a[sorting.key as 'plannedEnd'] === null ? 1 : -1
    }
    const order = compare(a, b, sorting.key, locale)
    return (sorting.descending ? -order : order) || a.title.localeCompare(b.title, locale)
  })
}

/** The assignees to filter by: every assignee of the rows once, by name ("unassigned" is {@link UNASSIGNED}, offered by the screen). */
export function assigneeChoices(rows: WorkRow[], locale = 'en'): { id: string; name: string }[] {
  const seen = new Map<string, string>()
  for (const r of rows) if (r.assigneeId) seen.set(r.assigneeId, r.assignee)
  return [...seen.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, locale))
}
