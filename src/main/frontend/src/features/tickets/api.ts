import { http } from '@/api/http'
import type { TicketDetails } from '@/api/tickets'
import type { ProcessDiagram, TaskComment } from '@/features/inbox/api'

const path = (id: string) => `/api/tickets/${encodeURIComponent(id)}`

export const ticketsApi = {
  get: (id: string) => http.get<TicketDetails>(path(id)),
  comments: (id: string) => http.get<TaskComment[]>(`${path(id)}/comments`),
  comment: (id: string, text: string) => http.post<TaskComment>(`${path(id)}/comments`, { text }),
  diagram: (id: string) => http.get<ProcessDiagram>(`${path(id)}/diagram`),
}
