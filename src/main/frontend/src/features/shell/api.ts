import { http } from '@/api/http'

export interface AuthOptions {
  passwordSignIn: boolean
  sso: { registrationId: string; name: string; loginUrl: string }[]
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
  notifications: (unread = false) => http.get<NotificationPage>('/api/notifications', { unread, size: 20 }),
  unreadCount: () => http.get<{ unread: number }>('/api/notifications/unread-count'),
  markRead: (id: string) => http.post<void>(`/api/notifications/${id}/read`),
  markAllRead: () => http.post<void>('/api/notifications/read-all'),
}
