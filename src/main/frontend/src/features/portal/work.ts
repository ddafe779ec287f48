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
