import type { RouteLocationRaw } from 'vue-router'
import type { InboxItem } from '@/features/inbox/api'
import type { PortalProject, PortalWorkItem, Ticket } from './api'

/** A work item with the name of its project, as the portal lists it. */
export interface OpenWork extends PortalWorkItem {
  projectName: string
}

/**
 * The organisation's open work across its projects: items assigned to it that are not done,
 * soonest planned end first (no date last). The server already returns only the partner's own
 * items; the filter keeps the list right should it ever return more (e.g. to an internal user).
 */
export function openWork(projects: PortalProject[], itemsByProject: Map<string, PortalWorkItem[]>, organisationId: string): OpenWork[] {
  const names = new Map(projects.map((p) => [p.id, p.name]))
  const result: OpenWork[] = []
  for (const [projectId, items] of itemsByProject) {
    for (const item of items) {
      if (item.assigneeOrganisationId === organisationId && item.status !== 'DONE') {
        result.push({ ...item, projectName: names.get(projectId) ?? '' })
      }
    }
  }
  return result.sort((a, b) => (a.plannedEnd ?? '9999').localeCompare(b.plannedEnd ?? '9999') || a.title.localeCompare(b.title))
}

/** Open tickets first (those routed to the organisation before the rest), then newest first. */
export function sortTickets(tickets: Ticket[], organisationId: string): Ticket[] {
  const rank = (t: Ticket) => (t.closedAt ? 2 : t.routedOrganisationId === organisationId ? 0 : 1)
  return [...tickets].sort((a, b) => rank(a) - rank(b) || b.createdAt.localeCompare(a.createdAt))
}

/** The partner's open task about the work item (the hand-off's accept, deliver or rework step), soonest due first. */
export function taskFor(item: PortalWorkItem, tasks: readonly InboxItem[]): InboxItem | null {
  const own = tasks.filter((t) => t.object?.kind === 'WORK_ITEM' && t.object.id === item.id)
  own.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'))
  return own[0] ?? null
}

/**
 * Where an open-work row leads: the partner's open task for the item, else the item itself in
 * the portal (marked, with its details), as a link to it would (docs/web.md, "Links to objects").
 */
export function workTarget(item: PortalWorkItem, tasks: readonly InboxItem[]): RouteLocationRaw {
  const task = taskFor(item, tasks)
  if (task) return { name: 'task', params: { taskId: task.taskId }, query: { from: 'portal' } }
  return { path: '/portal', query: { project: item.projectId, workItem: item.id } }
}
