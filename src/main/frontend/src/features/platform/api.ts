import { http } from '@/api/http'

export type TenantState = 'ACTIVE' | 'SUSPENDED'

/** A tenant as the operators' screen shows it (GET /api/platform/tenants): never its projects. */
export interface PlatformTenant {
  id: string
  name: string
  slug: string
  defaultLanguage: 'zh-CN' | 'en'
  timeZone: string
  state: TenantState
  createdAt: string
  suspendedAt: string | null
  users: number
  organisations: number
  firstAdminInvitation: { id: string; email: string; expiresAt: string } | null
}

export interface CreateTenant {
  name: string
  slug: string
  defaultLanguage: 'zh-CN' | 'en'
  timeZone: string
  adminEmail: string
}

export interface BootstrapRequest {
  token: string
  tenantName: string
  slug: string
  defaultLanguage: 'zh-CN' | 'en'
  timeZone: string
  username: string
  email: string
  displayName: string
  password: string
}

/** A platform operator (GET /api/platform/operators). */
export interface PlatformOperator {
  id: string
  username: string
  displayName: string
  email: string | null
  tenantName: string
  status: 'ACTIVE' | 'INVITED' | 'DEACTIVATED'
  lastSignInAt: string | null
}

export const platformApi = {
  operators: () => http.get<PlatformOperator[]>('/api/platform/operators'),
  inviteOperator: (body: { email: string; language: 'zh-CN' | 'en' }) =>
    http.post<{ id: string; email: string; expiresAt: string }>('/api/platform/operators', body),
  tenants: () => http.get<PlatformTenant[]>('/api/platform/tenants'),
  create: (body: CreateTenant) => http.post<PlatformTenant>('/api/platform/tenants', body),
  suspend: (id: string) => http.post<PlatformTenant>(`/api/platform/tenants/${id}/suspend`),
  resume: (id: string) => http.post<PlatformTenant>(`/api/platform/tenants/${id}/resume`),
  bootstrapStatus: () => http.get<{ open: boolean }>('/api/platform/bootstrap'),
  bootstrap: (body: BootstrapRequest) => http.post<{ tenantId: string; operatorId: string }>('/api/platform/bootstrap', body),
}
