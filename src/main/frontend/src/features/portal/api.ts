import { http } from '@/api/http'
import type { NewTicket, Ticket } from '@/api/tickets'

export type { NewTicket, Ticket, TicketType } from '@/api/tickets'

/** A project as the caller sees it (GET /api/projects). */
export interface PortalProject {
  id: string
  key: string
  name: string
  status: string
  plannedStart: string | null
  plannedEnd: string | null
  myRole: string
}

export type WorkItemStatus = 'TODO' | 'IN_PROGRESS' | 'BLOCKED' | 'DONE'
export type HandoffStatus = 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'DELIVERED' | 'REWORK' | 'APPROVED'

/** A work item; for a partner the server returns only those assigned to its organisation. */
export interface PortalWorkItem {
  id: string
  projectId: string
  title: string
  description: string | null
  assigneeOrganisationId: string | null
  plannedStart: string | null
  plannedEnd: string | null
  status: WorkItemStatus
  progress: number
  milestone: boolean
  handoffStatus: HandoffStatus | null
}

export type SupplierOrderStatus = 'PLACED' | 'CONFIRMED' | 'QC_SUBMITTED' | 'QC_REJECTED' | 'QC_APPROVED' | 'SHIPPED'

export interface SupplierOrder {
  id: string
  number: string
  projectId: string
  title: string
  supplierOrganisationId: string
  status: SupplierOrderStatus
  qcReportReference: string | null
  shipmentReference: string | null
  createdAt: string
  disruptions: { id: string; type: string; detail: string | null; reportedAt: string }[]
}

export const portalApi = {
  projects: () => http.get<PortalProject[]>('/api/projects'),
  workItems: (projectId: string) => http.get<PortalWorkItem[]>(`/api/projects/${projectId}/work-items`),
  tickets: () => http.get<Ticket[]>('/api/tickets'),
  raiseTicket: (projectId: string, ticket: NewTicket) => http.post<Ticket>(`/api/projects/${projectId}/tickets`, ticket),
  orders: () => http.get<SupplierOrder[]>('/api/supplier-orders'),
}
