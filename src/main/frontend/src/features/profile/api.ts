import { http } from '@/api/http'
import type { Me } from '@/session'

/** A change of the own profile: fields left out stay; timeZone '' follows the tenant's zone again. */
export interface ProfileChange {
  displayName?: string
  language?: string
  timeZone?: string
}

export type TokenScope = 'read' | 'write' | 'integration'

/** One of the caller's own API tokens, as listed (never its secret). */
export interface OwnToken {
  id: string
  name: string
  scopes: TokenScope[]
  createdAt: string
  expiresAt: string
  lastUsedAt: string | null
  revokedAt: string | null
}

/** The answer to creating a token: the only time its secret is shown. */
export interface CreatedOwnToken {
  id: string
  name: string
  scopes: TokenScope[]
  createdAt: string
  expiresAt: string
  token: string
}

export const profileApi = {
  update: (change: ProfileChange) => http.patch<Me>('/api/me', change),
  tokens: () => http.get<OwnToken[]>('/api/tokens'),
  createToken: (body: { name: string; scopes: TokenScope[]; expiresInDays: number }) => http.post<CreatedOwnToken>('/api/tokens', body),
  revokeToken: (id: string) => http.delete<void>(`/api/tokens/${id}`),
}

/**
 * The scopes this person may give its own tokens (identity.ApiTokenPolicy): read and write for
 * everyone, integration for partner managers too (service users get theirs from an admin).
 */
export function ownScopes(me: Me | null): TokenScope[] {
  if (me?.organisation.kind === 'PARTNER' && me.capabilities.includes('PARTNER_MANAGER')) return ['read', 'write', 'integration']
  return ['read', 'write']
}

export type NotificationChannel = 'IN_APP' | 'EMAIL'

/** GET /api/me/notification-preferences: the channels and, per kind of notification, what is on. */
export interface NotificationPreferences {
  channels: { channel: NotificationChannel; changeable: boolean; address: string | null }[]
  categories: { category: string; enabled: Partial<Record<NotificationChannel, boolean>> }[]
}

export const notificationPreferencesApi = {
  get: () => http.get<NotificationPreferences>('/api/me/notification-preferences'),
  save: (choices: { category: string; channel: NotificationChannel; enabled: boolean }[]) =>
    http.put<NotificationPreferences>('/api/me/notification-preferences', { choices }),
}
