import { http, request, url } from '@/api/http'
import type { Capability } from '@/session'

export type OrganisationKind = 'HOST' | 'PARTNER' | 'CUSTOMER'

/** An organisation as the admin screen shows it (GET /api/admin/organisations). */
export interface AdminOrganisation {
  id: string
  name: string
  kind: OrganisationKind
  shortCode: string | null
  contactName: string | null
  contactEmail: string | null
  emailDomains: string[]
  active: boolean
  deactivatedAt: string | null
  activeUsers: number
}

export interface OrganisationRequest {
  name?: string
  kind?: OrganisationKind
  shortCode?: string
  contactName?: string
  contactEmail?: string
  emailDomains?: string[]
}

/** A user as the admin screen shows it (GET /api/admin/users). */
export interface AdminUser {
  id: string
  username: string
  displayName: string
  email: string | null
  mobile: string | null
  language: string
  capabilities: Capability[]
  serviceAccount: boolean
  active: boolean
  lastSignInAt: string | null
  deactivatedAt: string | null
  organisationId: string
  organisationName: string
  organisationKind: OrganisationKind
}

export interface UserFilter {
  q?: string
  organisationId?: string
  capability?: Capability
  active?: boolean
  page?: number
  size?: number
}

export interface NewUser {
  username: string
  displayName: string
  email?: string
  mobile?: string
  language: string
  organisationId: string
  capabilities: Capability[]
  password?: string
  serviceAccount: boolean
}

export interface UserChange {
  displayName?: string
  email?: string
  mobile?: string
  language?: string
  capabilities?: Capability[]
}

export const adminApi = {
  organisations: () => http.get<AdminOrganisation[]>('/api/admin/organisations'),
  createOrganisation: (body: OrganisationRequest) => http.post<AdminOrganisation>('/api/admin/organisations', body),
  updateOrganisation: (id: string, body: OrganisationRequest) => http.patch<AdminOrganisation>(`/api/admin/organisations/${id}`, body),
  deactivateOrganisation: (id: string) => http.post<AdminOrganisation>(`/api/admin/organisations/${id}/deactivate`),
  reactivateOrganisation: (id: string) => http.post<AdminOrganisation>(`/api/admin/organisations/${id}/reactivate`),
  users: (filter: UserFilter) => http.get<AdminUser[]>('/api/admin/users', { ...filter }),
  createUser: (body: NewUser) => http.post<AdminUser>('/api/admin/users', body),
  updateUser: (id: string, body: UserChange) => http.patch<AdminUser>(`/api/admin/users/${id}`, body),
  deactivateUser: (id: string) => http.post<AdminUser>(`/api/admin/users/${id}/deactivate`),
  sendPasswordReset: (id: string) => http.post<void>(`/api/admin/users/${id}/password-reset`),
  reactivateUser: (id: string) => http.post<AdminUser>(`/api/admin/users/${id}/reactivate`),
}

export type InvitationStatus = 'PENDING' | 'EXPIRED' | 'ACCEPTED' | 'REVOKED'

/** An invitation as the admin lists it (GET /api/admin/invitations). */
export interface Invitation {
  id: string
  email: string
  organisationId: string
  organisationName: string
  capabilities: Capability[]
  createdAt: string
  expiresAt: string
  acceptedAt: string | null
  revokedAt: string | null
  sentCount: number
  invitedBy: string
  status: InvitationStatus
}

export interface InviteRequest {
  emails: string[]
  organisationId?: string
  capabilities: Capability[]
  language: string
  projectIds?: string[]
  projectRole?: string
}

export const invitationApi = {
  list: () => http.get<Invitation[]>('/api/admin/invitations'),
  invite: (body: InviteRequest) => http.post<Invitation[]>('/api/admin/invitations', body),
  revoke: (id: string) => http.delete<void>(`/api/admin/invitations/${id}`),
  resend: (id: string) => http.post<Invitation>(`/api/admin/invitations/${id}/resend`),
  inviteColleagues: (organisationId: string, body: InviteRequest) => http.post<Invitation[]>(`/api/organisations/${organisationId}/invitations`, body),
}

/** One problem of an import row: the column (name, email, mobile, organisation, capabilities, language) and what to do. */
export interface ImportCellError {
  column: string
  message: string
}

/** A row of an import file as it will be imported, with its problems. */
export interface ImportRow {
  row: number
  name: string | null
  email: string | null
  mobile: string | null
  organisation: string | null
  capabilities: Capability[]
  language: string | null
  errors: ImportCellError[]
}

/** What a bulk import found (POST /api/admin/users/import); a file with errors answers 422 with it as `report`. */
export interface ImportReport {
  dryRun: boolean
  imported: boolean
  rowCount: number
  rowsWithErrors: number
  rows: ImportRow[]
}

export const importApi = {
  upload: (file: File, dryRun: boolean) => {
    const body = new FormData()
    body.append('file', file)
    return request<ImportReport>(url('/api/admin/users/import', { dryRun }), { method: 'POST', body })
  },
  templateUrl: (format: 'csv' | 'xlsx') => `/api/admin/users/import/template?format=${format}`,
}

export type TokenScope = 'read' | 'write' | 'integration'

/** An API token as listed (never its secret). */
export interface ApiToken {
  id: string
  name: string
  scopes: TokenScope[]
  createdAt: string
  expiresAt: string | null
  lastUsedAt: string | null
  revokedAt: string | null
}

/** The answer to issuing a token: the only time its secret is shown. */
export interface CreatedToken {
  id: string
  name: string
  scopes: TokenScope[]
  createdAt: string
  expiresAt: string | null
  token: string
}

export const tokenApi = {
  list: (userId: string) => http.get<ApiToken[]>(`/api/admin/users/${userId}/tokens`),
  issue: (userId: string, body: { name: string; scopes: TokenScope[]; expiresInDays?: number }) =>
    http.post<CreatedToken>(`/api/admin/users/${userId}/tokens`, body),
  revoke: (tokenId: string) => http.delete<void>(`/api/tokens/${tokenId}`),
}

export type SsoClaim = 'email' | 'preferred_username' | 'upn' | 'sub'

/** The tenant's single sign-on as its admin sees it (GET /api/admin/sso); never the secret. */
export interface SsoSettings {
  configured: boolean
  enabled: boolean
  issuerUri: string | null
  clientId: string | null
  clientSecretSet: boolean
  matchClaim: SsoClaim
  emailDomains: string[]
  jitDomains: string[]
  jitOrganisationId: string | null
  jitCapabilities: Capability[]
  registrationId: string
  redirectPath: string
  loginUrl: string
  tenantLoginUrl: string
  updatedAt: string | null
  lastTest: { at: string; outcome: 'MATCHED' | 'WOULD_CREATE' | 'REFUSED'; detail: string } | null
}

/** What the admin saves (PUT /api/admin/sso); no clientSecret keeps the stored one. */
export interface SsoSettingsRequest {
  enabled: boolean
  issuerUri: string
  clientId: string
  clientSecret?: string
  matchClaim: SsoClaim
  emailDomains: string[]
  jitDomains: string[]
  jitOrganisationId: string | null
  jitCapabilities: Capability[]
}

export const ssoApi = {
  get: () => http.get<SsoSettings>('/api/admin/sso'),
  save: (body: SsoSettingsRequest) => http.put<SsoSettings>('/api/admin/sso', body),
}

/** The tenant's service desk as its admin sees it (GET /api/admin/service-desk). */
export interface ServiceDeskSettings {
  capability: Capability
  firstResponseHours: number
  resolutionHours: number
  open: boolean
  /** false while the tenant uses the deployment's defaults */
  configured: boolean
  updatedAt: string | null
  /** the internal groups a desk may be formed of */
  capabilities: Capability[]
}

export interface ServiceDeskRequest {
  capability: Capability
  firstResponseHours: number
  resolutionHours: number
  open: boolean
}

export const serviceDeskApi = {
  get: () => http.get<ServiceDeskSettings>('/api/admin/service-desk'),
  save: (body: ServiceDeskRequest) => http.put<ServiceDeskSettings>('/api/admin/service-desk', body),
}

/** The tenant's settings an admin changes (GET/PUT /api/admin/tenant-settings). */
export interface TenantSettings {
  name: string
  slug: string
  defaultLanguage: string
  /** an IANA id such as Asia/Shanghai */
  timeZone: string
}

export const tenantSettingsApi = {
  get: () => http.get<TenantSettings>('/api/admin/tenant-settings'),
  update: (body: { timeZone: string }) => http.put<TenantSettings>('/api/admin/tenant-settings', body),
}
