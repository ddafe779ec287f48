import { dueState, type DueState } from '@/features/projects/plan'
import type { MyWorkItem } from './api'

/** A row of "my work" with its due state on the reader's day. */
export interface MyWorkRow extends MyWorkItem {
  due: DueState
}

export interface ProjectGroup {
  projectId: string
  projectName: string
  projectKey: string | null
  rows: MyWorkRow[]
}

export const GROUPINGS = ['project', 'due'] as const
export type Grouping = (typeof GROUPINGS)[number]

const byDue = (a: MyWorkRow, b: MyWorkRow) =>
  (a.plannedEnd ?? '9999-12-31').localeCompare(b.plannedEnd ?? '9999-12-31') || a.title.localeCompare(b.title)

/** The items with their due states (`today` is the reader's day, `dayIn(new Date())`), soonest planned end first, undated last. */
export function myWorkRows(items: MyWorkItem[], today: string): MyWorkRow[] {
  return items.map((i) => ({ ...i, due: dueState(i.plannedEnd, i.status, today) })).sort(byDue)
}

/** One group per project, by name; within each the soonest end first. */
export function groupByProject(rows: MyWorkRow[], locale = 'en'): ProjectGroup[] {
  const groups = new Map<string, ProjectGroup>()
  for (const row of rows) {
    const group = groups.get(row.projectId) ?? { projectId: row.projectId, projectName: row.projectName, projectKey: row.projectKey, rows: [] }
    group.rows.push(row)
    groups.set(row.projectId, group)
  }
  return [...groups.values()]
    .map((g) => ({ ...g, rows: [...g.rows].sort(byDue) }))
    .sort((a, b) => a.projectName.localeCompare(b.projectName, locale))
}

/** How many rows are overdue and due today: the page's summary. */
export function dueCounts(rows: MyWorkRow[]): { overdue: number; today: number } {
  return { overdue: rows.filter((r) => r.due === 'overdue').length, today: rows.filter((r) => r.due === 'today').length }
}

/** Where a row opens: the work item's drawer in its project (docs/web.md, "Links to objects"). */
export function workItemRoute(row: Pick<MyWorkItem, 'id' | 'projectId'>): { path: string; query: { workItem: string } } {
  return { path: `/projects/${row.projectId}`, query: { workItem: row.id } }
}
