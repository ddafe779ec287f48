import { ref, type Ref } from 'vue'
import { http } from '@/api/http'

export interface AuthOptions {
  passwordSignIn: boolean
  sso: { registrationId: string; name: string; loginUrl: string }[]
  /** the fewest characters a new password may have (crossflow.identity.password.minimum-length) */
  passwordMinimumLength?: number
}

/** Where the sign-in page may send an address or a tenant (GET /api/sso/discover); both null: nowhere. */
export interface SsoOffer {
  name: string | null
  loginUrl: string | null
}

export interface NotificationView {
  id: string
  type: string
  title: string
  body: string
  link: string | null
  params: Record<string, string>
  createdAt: string
  readAt: string | null
}

export interface NotificationPage {
  items: NotificationView[]
  total: number
  unread: number
}

export const shellApi = {
  authOptions: () => http.get<AuthOptions>('/api/auth/options'),
  discoverSso: (query: { email?: string; tenant?: string }) => http.get<SsoOffer>('/api/sso/discover', query),
  notifications: (unread = false) => http.get<NotificationPage>('/api/notifications', { unread, size: 20 }),
  unreadCount: () => http.get<{ unread: number }>('/api/notifications/unread-count'),
  markRead: (id: string) => http.post<void>(`/api/notifications/${id}/read`),
  markAllRead: () => http.post<void>('/api/notifications/read-all'),
}

const passwordMinimum = ref(12)
let minimumAsked = false

/** The password policy's minimum length for hints, asked from the server once (12 until it answers). */
export function usePasswordMinimum(): Ref<number> {
  if (!minimumAsked) {
    minimumAsked = true
    shellApi
      .authOptions()
      .then((o) => {
        if (o.passwordMinimumLength) passwordMinimum.value = o.passwordMinimumLength
      })
      .catch(() => {})
  }
  return passwordMinimum
}
