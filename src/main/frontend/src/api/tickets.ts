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

/** A stage the ticket reached, with who moved it there and when (GET /api/tickets/{id}). */
export interface TicketStageChange {
  stage: string
  previousStage: string | null
  actorId: string | null
  actorName: string | null
  at: string
  note: string | null
}

/** A step the ticket's process waits on now. Outsiders get no holders, and an assignee only when it is themselves. */
export interface TicketStep {
  taskId: string | null
  name: string
  since: string | null
  due: string | null
  yours: boolean
  assignee: string | null
  /** `ORGANISATION:<name>`, `USER:<name>`, `ROLE:<project role>`, `DESK:<capability>` */
  holders: string[]
}

/** GET /api/tickets/{id}: the ticket's page. */
export interface TicketDetails {
  ticket: Ticket
  history: TicketStageChange[]
  reporterName: string | null
  /** null when the ticket has no project (a support request may not) */
  project: { id: string; name: string; key: string | null } | null
  workItems: { id: string; title: string; status: string; plannedEnd: string | null; milestone: boolean; progress: number }[]
  openSteps: TicketStep[]
  commentable: boolean
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
