import { http, url } from '@/api/http'

/** One field of an audit entry: its value before and after the change. */
export interface AuditChange {
  from: unknown
  to: unknown
}

/** An entry of the tenant admin's audit trail (GET /api/admin/audit). */
export interface AuditEntry {
  id: number
  projectId: string | null
  objectType: string
  objectId: string
  action: string
  actorId: string | null
  actorName: string | null
  at: string
  changes: Record<string, AuditChange>
}

export interface AuditPage {
  items: AuditEntry[]
  page: number
  size: number
  total: number
}

export interface AuditFilter {
  actorId?: string
  action?: string
  objectType?: string
  objectId?: string
  from?: string
  to?: string
  q?: string
}

export const OBJECT_TYPES = ['ORGANISATION', 'USER', 'INVITATION', 'API_TOKEN', 'SSO', 'SIGN_IN_POLICY', 'SERVICE_DESK', 'TENANT', 'PARTICIPANT', 'MEMBER'] as const
export const ACTIONS = [
  'CREATED', 'UPDATED', 'DEACTIVATED', 'REACTIVATED', 'ISSUED', 'RESENT', 'REVOKED', 'ACCEPTED',
  'PASSWORD_RESET_REQUESTED', 'ROLE_SET',
] as const

export const auditApi = {
  page: (filter: AuditFilter, page: number, size: number) => http.get<AuditPage>('/api/admin/audit', { ...filter, page, size }),
  /** The download link of the same filter as CSV. */
  csvUrl: (filter: AuditFilter) => url('/api/admin/audit.csv', { ...filter }),
}

/** `field: from → to; …`, the way the CSV export writes a change. */
export function describeChanges(changes: Record<string, AuditChange>): string {
  return Object.entries(changes)
    .map(([field, c]) => `${field}: ${c.from === null || c.from === undefined ? '' : `${String(c.from)} → `}${c.to === null || c.to === undefined ? '—' : String(c.to)}`)
    .join('; ')
}
