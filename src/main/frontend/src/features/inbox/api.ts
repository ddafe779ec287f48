import { http } from '@/api/http'

/** One open task of the caller's inbox (GET /api/inbox, docs/inbox.md). */
export interface InboxItem {
  taskId: string
  title: string
  projectId: string | null
  projectName: string | null
  processKey: string
  processName: string | null
  due: string | null
  priority: number
  /** The level of `priority`: the object's priority when the task has one. */
  priorityLevel: PriorityLevel
  assignee: string | null
  created: string
  /** The project's code, e.g. PRJ-3. */
  projectKey: string | null
  /** What the task's process is about; null when its business key names no known object. */
  object: BusinessObjectRef | null
}

export type PriorityLevel = 'URGENT' | 'HIGH' | 'NORMAL' | 'LOW'

/** The work item, ticket or supplier order a task is about (docs/inbox.md, "Business object"). */
export interface BusinessObjectRef {
  kind: 'WORK_ITEM' | 'TICKET' | 'SUPPLIER_ORDER'
  id: string
  /** A ticket's or order's number (PRJ-1-CR-7, SO-12); null for a work item. */
  number: string | null
  title: string
}

/** "PRJ-1-CR-7 Gearbox noise", or the title alone. */
export function objectLabel(object: BusinessObjectRef): string {
  return object.number ? `${object.number} ${object.title}` : object.title
}

export interface InboxPage {
  items: InboxItem[]
  total: number
}

export interface InboxCounts {
  all: number
  assignedToMe: number
  overdue: number
  dueToday: number
}

export type InboxSort = 'due' | '-due' | 'priority' | '-priority' | 'created' | '-created'

/** The query string of GET /api/inbox; absent values are left out by the HTTP client. */
export interface InboxQueryParams {
  page: number
  size: number
  projectId?: string
  dueBefore?: string
  dueFrom?: string
  mine?: 'true'
  q?: string
  priority?: number
  sort?: InboxSort
  [key: string]: string | number | undefined
}

/** A JSON value as a form field holds it. */
export type FormValue = string | number | boolean | null | FormValue[] | { [key: string]: FormValue }
export type FormData = Record<string, FormValue>

/** A form-js schema: only the parts the app reads are typed. */
export interface FormComponent {
  id?: string
  key?: string
  type: string
  label?: string
  components?: FormComponent[]
  [property: string]: unknown
}

export interface FormSchema {
  id?: string
  components: FormComponent[]
  [property: string]: unknown
}

export interface TaskDetail {
  task: {
    id: string
    name: string
    process: { key: string; name: string | null }
    project: { id: string; name: string; key: string | null } | null
    due: string | null
    priority: number
    assignee: string | null
    created: string
    object: BusinessObjectRef | null
  }
  form: FormSchema | null
  variables: FormData
  context: { businessKey: string | null; workItem: { id: string; title: string } | null }
  /** For a review task: what the step it reviews was completed with (absent for any other task). */
  delivery?: Delivery
}

/** One field the delivering step submitted: its label in the reader's language, its value (an option already by its label). */
export interface DeliveryValue {
  key: string
  label: string
  value: FormValue
}

/** The delivery a review task reviews (GET /api/tasks/{id} → delivery, docs/web.md "Delivery card"). */
export interface Delivery {
  /** The delivering task: the documents attached to it are the delivery's. */
  taskId: string
  name: string
  byId?: string
  by?: string
  organisation?: string
  at: string
  values: DeliveryValue[]
  note?: string
}

/** What a completed task was completed with (GET /api/tasks/{id}/submission): its form read-only, in the reader's language. */
export interface TaskSubmission {
  taskId: string
  name: string
  process: { key: string; name: string | null }
  completedAt: string
  completedById: string | null
  completedBy: string | null
  form: FormSchema | null
  values: FormData
}

export interface TaskComment {
  id: string
  /** null: written on the page of the instance's object (a ticket), which taskTitle then names */
  taskId: string | null
  taskTitle: string
  authorId: string
  authorName: string
  text: string
  createdAt: string
}

export interface HistoryStep {
  activityId: string
  name: string | null
  type: string
  completedById: string | null
  completedBy: string | null
  startedAt: string
  endedAt: string | null
  canceled: boolean
}

export interface ProcessDiagram {
  bpmnXml: string
  activeActivityIds: string[]
  completedActivityIds: string[]
  /** Element id to its name in the reader's language. */
  names: Record<string, string>
}

export interface ProjectRef {
  id: string
  key: string
  name: string
}

export const inboxApi = {
  page: (query: InboxQueryParams) => http.get<InboxPage>('/api/inbox', query),
  counts: () => http.get<InboxCounts>('/api/inbox/counts'),
  projects: () => http.get<ProjectRef[]>('/api/projects'),
  task: (id: string) => http.get<TaskDetail>(`/api/tasks/${encodeURIComponent(id)}`),
  submission: (id: string) => http.get<TaskSubmission>(`/api/tasks/${encodeURIComponent(id)}/submission`),
  claim: (id: string) => http.post<void>(`/api/tasks/${encodeURIComponent(id)}/claim`),
  unclaim: (id: string) => http.post<void>(`/api/tasks/${encodeURIComponent(id)}/unclaim`),
  complete: (id: string, data: FormData) => http.post<void>(`/api/tasks/${encodeURIComponent(id)}/complete`, data),
  comments: (id: string) => http.get<TaskComment[]>(`/api/tasks/${encodeURIComponent(id)}/comments`),
  comment: (id: string, text: string) => http.post<TaskComment>(`/api/tasks/${encodeURIComponent(id)}/comments`, { text }),
  history: (id: string) => http.get<HistoryStep[]>(`/api/tasks/${encodeURIComponent(id)}/history`),
  diagram: (id: string) => http.get<ProcessDiagram>(`/api/tasks/${encodeURIComponent(id)}/diagram`),
}
