import { http, request } from '@/api/http'
import type { Ticket } from '@/api/tickets'

/** A help page in the list (GET /api/help/pages), in the help centre's order. */
export interface HelpSummary {
  id: string
  title: string
  updatedAt: string
  /** TENANT: the tenant's own help page, written here; PROJECT: a project page marked as help */
  source?: 'TENANT' | 'PROJECT'
  /** false for a draft, which only the help editors see */
  published?: boolean
}

/** A help page to read (GET /api/help/pages/{id}): sanitised HTML content. */
export interface HelpPage extends HelpSummary {
  content: string
}

/** A page as the page module's editor reads and saves it (GET/PUT /api/pages/{id}). */
export interface EditablePage {
  id: string
  title: string
  content: string
  version: number
  updatedAt: string
}

/** One search hit; the highlighted title and snippet are HTML-escaped with hits in <mark>. */
export interface HelpHit {
  objectId: string
  title: string
  highlightedTitle: string
  snippet: string
  updatedAt: string
}

export interface HelpResults {
  query: string
  page: number
  size: number
  total: number
  hits: HelpHit[]
}

/** One step of a ticket's history; `note` carries the service desk's answer or the requester's reply. */
export interface TicketHistoryEntry {
  stage: string
  previousStage: string | null
  actorId: string | null
  actorName: string | null
  at: string
  note: string | null
}

export interface TicketDetails {
  ticket: Ticket
  history: TicketHistoryEntry[]
}

export interface ProjectRef {
  id: string
  name: string
}

export const helpApi = {
  list: () => http.get<HelpSummary[]>('/api/help/pages'),
  get: (id: string) => http.get<HelpPage>(`/api/help/pages/${encodeURIComponent(id)}`),
  search: (q: string) => http.get<HelpResults>('/api/help/search', { q, size: 20 }),
  /** Whether the caller writes the tenant's help pages (tenant admins and the service desk). */
  editor: async () => (await http.get<{ editor: boolean }>('/api/help/editor')).editor,
  /** A new help page of the tenant, a draft until published. */
  create: (title: string, content: string) => http.post<HelpSummary>('/api/help/pages', { title, content }),
  publish: (id: string, published: boolean) =>
    http.put<HelpSummary>(`/api/help/pages/${encodeURIComponent(id)}/published`, { published }),
  order: (pageIds: string[]) => http.put<HelpSummary[]>('/api/help/order', { pageIds }),
  /** The page module's editor: every save names its base version and becomes a new version (409 if someone saved since). */
  page: (id: string) => http.get<EditablePage>(`/api/pages/${encodeURIComponent(id)}`),
  save: (id: string, title: string, content: string, baseVersion: number) =>
    http.put<EditablePage>(`/api/pages/${encodeURIComponent(id)}`, { title, content, baseVersion }),
  /** Internal members of the page's project mark a page as help, or take it out. */
  mark: (pageId: string, help: boolean) => http.put<{ help: boolean }>(`/api/pages/${encodeURIComponent(pageId)}/help`, { help }),
}

export const supportApi = {
  projects: () => http.get<ProjectRef[]>('/api/projects'),
  mine: async () => (await http.get<Ticket[]>('/api/tickets', { mine: true })).filter((t) => t.type === 'SUPPORT_REQUEST'),
  get: (id: string) => http.get<TicketDetails>(`/api/tickets/${encodeURIComponent(id)}`),
  /** The requester's open task of the request (to confirm the answer or reply), if there is one. */
  openTask: async (ticketId: string) =>
    (await http.get<{ items: { taskId: string }[] }>('/api/inbox', { q: ticketId, size: 5 })).items[0]?.taskId ?? null,
  /** On a project, or (projectId empty) without one: straight to the tenant's service desk. */
  raise: (projectId: string, title: string, description: string) =>
    projectId
      ? http.post<Ticket>(`/api/projects/${encodeURIComponent(projectId)}/tickets`, { type: 'SUPPORT_REQUEST', title, description })
      : http.post<Ticket>('/api/tickets', { type: 'SUPPORT_REQUEST', title, description }),
  /** A partner attaches a file to its request (customers do not upload documents). */
  attach: (projectId: string, ticketId: string, organisationId: string, file: File) => {
    const body = new FormData()
    body.append('file', file, file.name)
    body.append('type', 'OTHER')
    body.append('targetType', 'TICKET')
    body.append('targetId', ticketId)
    body.append('partnerOrganisationIds', organisationId)
    return request<unknown>(`/api/projects/${encodeURIComponent(projectId)}/documents`, { method: 'POST', body })
  },
}
