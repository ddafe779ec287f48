import { http } from '@/api/http'
import type { Capability } from '@/session'

/** A person of the caller's own organisation (GET /api/organisations/{id}/users). */
export interface Colleague {
  id: string
  username: string
  displayName: string
  email: string | null
  capabilities: Capability[]
  active: boolean
  deactivatedAt: string | null
  lastSignInAt: string | null
}

export const teamApi = {
  colleagues: (organisationId: string) => http.get<Colleague[]>(`/api/organisations/${organisationId}/users`),
  deactivate: (organisationId: string, userId: string) => http.post<Colleague>(`/api/organisations/${organisationId}/users/${userId}/deactivate`),
}
