import { computed, reactive } from 'vue'
import { ApiError, csrfToken, http, request } from '@/api/http'
import { setTimeZone } from '@/i18n'

export type Capability =
  | 'TENANT_ADMIN' | 'DESIGNER' | 'MANAGER' | 'MEMBER' | 'PARTNER_MEMBER' | 'PARTNER_MANAGER' | 'CUSTOMER_VIEWER' | 'PLATFORM_OPERATOR'

export interface Me {
  id: string
  username: string
  displayName: string
  language: string | null
  /** the zone this person's dates are shown in: its own, else its tenant's */
  timeZone: string
  /** the zone it chose itself; null while it follows its tenant's */
  ownTimeZone?: string | null
  capabilities: Capability[]
  serviceAccount?: boolean
  tenant: { id: string; name: string; timeZone: string }
  organisation: { id: string; name: string; kind: 'HOST' | 'PARTNER' | 'CUSTOMER' }
}

/** Who is signed in, as the whole app sees it. */
export const session = reactive<{ me: Me | null; loaded: boolean }>({ me: null, loaded: false })

export const isInternal = computed(() => session.me?.organisation.kind === 'HOST')
export const isPartner = computed(() => session.me?.organisation.kind === 'PARTNER')
export const isCustomer = computed(() => session.me?.organisation.kind === 'CUSTOMER')
export const isDesigner = computed(() => session.me?.capabilities.includes('DESIGNER') ?? false)

/** Where a user lands after signing in: the surface made for it. */
export function homeOf(me: Me | null): string {
  if (!me) return '/login'
  if (me.organisation.kind === 'PARTNER') return '/portal'
  if (me.organisation.kind === 'CUSTOMER') return '/customer'
  // an operator who works in no project of its own tenant lands on the tenants it operates
  if (me.capabilities.includes('PLATFORM_OPERATOR') && !me.capabilities.some((c) => c === 'MEMBER' || c === 'MANAGER')) return '/platform'
  return '/inbox'
}

/** `GET /api/session`: a visitor who is not signed in is an answer (200), not a failed request. */
interface SessionState {
  signedIn: boolean
  me?: Me | null
}

export async function loadSession(): Promise<Me | null> {
  try {
    const state = await request<SessionState>('/api/session', { redirectOn401: false })
    session.me = state.signedIn && state.me ? state.me : null
    setTimeZone(session.me?.timeZone)
  } catch (e) {
    // a session that ended between the answer and now still reads as signed out
    if (!(e instanceof ApiError) || e.status !== 401) throw e
    session.me = null
  } finally {
    session.loaded = true
  }
  return session.me
}

/** The second sign-in step a password may lead to (docs/identity.md, "Two-factor sign-in"). */
export type SecondStep = 'CODE' | 'ENROLMENT'

/** After the password: signed in (me), or a second step waits (me is null then). */
export interface SignInResult {
  me: Me | null
  secondStep: SecondStep | null
}

export async function signIn(username: string, password: string): Promise<SignInResult> {
  if (!csrfToken()) await http.get('/api/auth/options')
  const body = new URLSearchParams({ username, password })
  const response = await fetch('/login', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': csrfToken() ?? '' },
    body,
  })
  if (!response.ok) {
    const problem = await response.json().catch(() => ({ status: response.status }))
    throw new ApiError({ ...problem, status: response.status })
  }
  const answer = (await response.json().catch(() => ({}))) as { signedIn?: boolean; secondStep?: SecondStep }
  if (answer.signedIn === false && answer.secondStep) return { me: null, secondStep: answer.secondStep }
  return { me: await loadSession(), secondStep: null }
}

export async function signOut(): Promise<void> {
  await fetch('/logout', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() ?? '' } })
  session.me = null
}
