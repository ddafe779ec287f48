import { http } from '@/api/http'
import type { NewTicket, Ticket } from '@/api/tickets'
import type { Priority } from '@/api/priority'

export type { NewTicket, Ticket, TicketType } from '@/api/tickets'

export type WorkItemStatus = 'TODO' | 'IN_PROGRESS' | 'BLOCKED' | 'DONE'
export const STATUSES: readonly WorkItemStatus[] = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE']
export type HandoffStatus = 'OFFERED' | 'ACCEPTED' | 'DECLINED' | 'DELIVERED' | 'REWORK' | 'APPROVED'
export type ProjectRoleName = 'MANAGER' | 'MEMBER' | 'ADMIN' | 'OWNER' | 'SUPPLIER' | 'OUTSOURCER' | 'AGENCY' | 'CUSTOMER'

/** A project as the caller sees it, with the caller's own role in it. */
export interface Project {
  id: string
  key: string | null
  name: string
  description: string | null
  status: string
  plannedStart: string | null
  plannedEnd: string | null
  myRole: ProjectRoleName
}

export interface Participant {
  organisationId: string
  name: string
  kind: 'HOST' | 'PARTNER' | 'CUSTOMER'
  role: 'OWNER' | 'SUPPLIER' | 'OUTSOURCER' | 'AGENCY' | 'CUSTOMER'
}

export interface Member {
  userId: string
  displayName: string
  role: 'MANAGER' | 'MEMBER'
}

/** Who may join a project (GET /api/projects/{id}/staffing-options, managers and tenant admins). */
export interface StaffingOptions {
  organisations: { id: string; name: string; kind: 'HOST' | 'PARTNER' | 'CUSTOMER' }[]
  users: Member[]
}

/** One Gantt row; a context row carries only id, name and parent. */
export type SupplierOrderStatus = 'PLACED' | 'CONFIRMED' | 'QC_SUBMITTED' | 'QC_REJECTED' | 'QC_APPROVED' | 'SHIPPED'

/** A supplier order of the project, as internal staff see it (`GET /api/supplier-orders?projectId=`). */
export interface SupplierOrder {
  id: string
  number: string
  projectId: string
  title: string
  supplierOrganisationId: string
  milestoneWorkItemId: string | null
  workItemIds: string[]
  status: SupplierOrderStatus
  createdAt: string
}

export interface GanttRow {
  id: string
  name: string
  parent?: string
  context: boolean
  order?: number
  start?: string
  end?: string
  progress?: number
  dependencies?: string[]
  baselineStart?: string
  baselineEnd?: string
  actualStart?: string
  actualEnd?: string
  milestone?: boolean
  status?: WorkItemStatus
  assigneeUserId?: string
  assigneeOrganisationId?: string
  version?: number
}

export interface Card {
  id: string
  parentId: string | null
  title: string
  order: number
  progress: number
  milestone: boolean
  plannedStart: string | null
  plannedEnd: string | null
  assigneeUserId: string | null
  assigneeOrganisationId: string | null
  version: number
  priority: Priority
  /** where the item's hand-off to a partner stands; null when it was never handed off */
  handoffStatus: HandoffStatus | null
}

export interface BoardColumn {
  status: WorkItemStatus
  cards: Card[]
}

/** A dependant that moved with a re-planned item. */
export interface Shifted {
  id: string
  title: string
  plannedStart: string | null
  plannedEnd: string | null
  version: number
}

export interface Acceptance {
  accepted: boolean
  comment: string | null
  decidedBy: string
  decidedByName: string
  decidedAt: string
}

export interface WorkItem {
  id: string
  projectId: string
  parentId: string | null
  title: string
  description: string | null
  assigneeUserId: string | null
  assigneeOrganisationId: string | null
  plannedStart: string | null
  plannedEnd: string | null
  actualStart: string | null
  actualEnd: string | null
  status: WorkItemStatus
  progress: number
  milestone: boolean
  handoffStatus: HandoffStatus | null
  overdueEscalatedAt: string | null
  version: number
  order: number
  baselineStart: string | null
  baselineEnd: string | null
  /** Why something outside the plan blocks the item (a supply disruption, a manager's flag); null when not flagged. */
  flagReason: string | null
  priority: Priority
  shifted?: Shifted[]
  acceptance?: Acceptance | null
}

/** What a PATCH may change; {@code version} is the one the user edited. */
export interface WorkItemChanges {
  version: number
  title?: string
  description?: string
  assigneeUserId?: string | null
  assigneeOrganisationId?: string | null
  plannedStart?: string | null
  plannedEnd?: string | null
  status?: WorkItemStatus
  progress?: number
  milestone?: boolean
  order?: number
  priority?: Priority
}

export interface NewWorkItem {
  title: string
  description?: string
  assigneeUserId?: string | null
  assigneeOrganisationId?: string | null
  plannedStart?: string | null
  plannedEnd?: string | null
  parentId?: string | null
  milestone?: boolean
  priority?: Priority
}

export interface HandoffStarted {
  processInstanceId: string
  workItem: WorkItem
}

export interface BudgetLine {
  id: string
  projectId: string
  category: string
  description: string | null
  currency: string
  planned: number | null
  committed: number | null
  actual: number | null
  version: number
}

export interface BudgetTotal {
  currency: string
  planned: number
  committed: number
  actual: number
}

export interface Budget {
  lines: BudgetLine[]
  totals: BudgetTotal[]
}

export interface NewBudgetLine {
  category: string
  description?: string
  currency: string
  planned?: number | null
  committed?: number | null
  actual?: number | null
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

export interface ActivityEntry {
  id: number
  objectType: string
  objectId: string
  action: string
  actorId: string | null
  at: string
  changes: JsonValue
}

export interface ActivityPage {
  items: ActivityEntry[]
  page: number
  size: number
  /** id → name of the people, organisations, work items, tickets and tasks the items refer to */
  names: Record<string, string>
  /** user id → its organisation, for people outside the host company */
  organisations: Record<string, string>
}

export interface Milestone {
  id: string
  title: string
  status: WorkItemStatus
  plannedDate: string | null
  baselineDate: string | null
  actualDate: string | null
  /** the customer's newest decision on the delivery; absent before any */
  acceptance?: Acceptance
}

export interface Progress {
  projectId: string
  percentDone: number
  itemsCounted: number
  milestones: Milestone[]
}

export const projectsApi = {
  list: () => http.get<Project[]>('/api/projects'),
  get: (id: string) => http.get<Project>(`/api/projects/${id}`),
  participants: (id: string) => http.get<Participant[]>(`/api/projects/${id}/participants`),
  addParticipant: (id: string, organisationId: string, role: Participant['role']) =>
    http.post<Participant>(`/api/projects/${id}/participants`, { organisationId, role }),
  removeParticipant: (id: string, organisationId: string) => http.delete<void>(`/api/projects/${id}/participants/${organisationId}`),
  addMember: (id: string, userId: string, role: Member['role']) => http.post<Member>(`/api/projects/${id}/members`, { userId, role }),
  removeMember: (id: string, userId: string) => http.delete<void>(`/api/projects/${id}/members/${userId}`),
  staffingOptions: (id: string) => http.get<StaffingOptions>(`/api/projects/${id}/staffing-options`),
  members: (id: string) => http.get<Member[]>(`/api/projects/${id}/members`),
  gantt: (id: string) => http.get<GanttRow[]>(`/api/projects/${id}/gantt`),
  board: (id: string) => http.get<BoardColumn[]>(`/api/projects/${id}/board`),
  progress: (id: string) => http.get<Progress>(`/api/projects/${id}/progress`),
  saveBaseline: (id: string) => http.post<{ projectId: string; itemCount: number; savedAt: string }>(`/api/projects/${id}/baseline`),
  workItem: (id: string) => http.get<WorkItem>(`/api/work-items/${id}`),
  createWorkItem: (projectId: string, body: NewWorkItem) => http.post<WorkItem>(`/api/projects/${projectId}/work-items`, body),
  updateWorkItem: (id: string, changes: WorkItemChanges) => http.patch<WorkItem>(`/api/work-items/${id}`, changes),
  /** Assigns the partner and starts the hand-off in one request; a refusal changes nothing. */
  handoff: (id: string, body: { organisationId: string | null; dueDate: string | null }) =>
    http.post<HandoffStarted>(`/api/work-items/${id}/handoff`, body),
  addDependency: (id: string, predecessorId: string) =>
    http.post<{ predecessorId: string; successorId: string; shifted: Shifted[] }>(`/api/work-items/${id}/dependencies`, { predecessorId }),
  removeDependency: (id: string, predecessorId: string) => http.delete<void>(`/api/work-items/${id}/dependencies/${predecessorId}`),
  flag: (id: string, flagged: boolean, reason: string) => http.post<WorkItem>(`/api/work-items/${id}/flag`, { flagged, reason }),
  accept: (id: string, accepted: boolean, comment: string) =>
    http.post<Acceptance>(`/api/work-items/${id}/acceptance`, { accepted, comment: comment || null }),
  budget: (id: string) => http.get<Budget>(`/api/projects/${id}/budget-lines`),
  supplierOrders: (id: string) => http.get<SupplierOrder[]>(`/api/supplier-orders?projectId=${encodeURIComponent(id)}`),
  addBudgetLine: (id: string, line: NewBudgetLine) => http.post<BudgetLine>(`/api/projects/${id}/budget-lines`, line),
  updateBudgetLine: (id: string, lineId: string, changes: NewBudgetLine & { version: number }) =>
    http.patch<BudgetLine>(`/api/projects/${id}/budget-lines/${lineId}`, changes),
  deleteBudgetLine: (id: string, lineId: string) => http.delete<void>(`/api/projects/${id}/budget-lines/${lineId}`),
  tickets: (projectId: string) => http.get<Ticket[]>('/api/tickets', { projectId }),
  raiseTicket: (projectId: string, body: NewTicket) => http.post<Ticket>(`/api/projects/${projectId}/tickets`, body),
  activity: (id: string, page = 0, size = 50) => http.get<ActivityPage>(`/api/projects/${id}/activity`, { page, size }),
}
