import type { Priority, Severity } from './priority'

/** Tickets as GET /api/tickets and POST /api/projects/{id}/tickets answer them (io.crossflow.ticket.web). */

export type TicketType = 'CHANGE_REQUEST' | 'ISSUE' | 'COMPLAINT' | 'SUPPORT_REQUEST'

export interface Ticket {
  id: string
  /** null for a support request without a project (POST /api/tickets) */
  projectId: string | null
  number: string
  type: TicketType
  title: string
  description: string | null
  reporterUserId: string | null
  reporterOrganisationId: string | null
  routedOrganisationId: string | null
  affectedWorkItemIds: string[] | null
  stage: string
  sla: { due: string | null; breached: boolean }
  /** support requests: when the whole request must be resolved, and whether it was not in time; else null */
  resolution?: { due: string | null; breached: boolean } | null
  createdAt: string
  closedAt: string | null
  priority: Priority
  /** complaints only: how badly it hurts (its priority follows it); else null */
  severity: Severity | null
}

/** The body of POST /api/projects/{id}/tickets. */
export interface NewTicket {
  type: TicketType
  title: string
  description?: string
  affectedWorkItemIds?: string[]
  routedOrganisationId?: string | null
  /** ignored for a complaint, whose priority follows its severity; NORMAL when left out */
  priority?: Priority
  severity?: Severity
}
