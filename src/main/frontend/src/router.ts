import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { homeOf, loadSession, session } from '@/session'
import { ApiError, handleUnauthorized, http } from '@/api/http'
import { resolveTarget, type Lookup } from '@/features/links/targets'

// each feature keeps its routes next to it; pages load lazily so the first screen stays small
const featureRoutes = import.meta.glob<{ default: RouteRecordRaw[] }>('./features/*/routes.ts', { eager: true })

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/features/shell/LoginPage.vue'), meta: { public: true } },
  // a tenant's own sign-in page: offers its single sign-on without an address typed first
  { path: '/t/:slug/login', name: 'tenant-login', component: () => import('@/features/shell/LoginPage.vue'), meta: { public: true } },
  { path: '/password-reset/:token?', name: 'password-reset', component: () => import('@/features/shell/PasswordResetPage.vue'), meta: { public: true } },
  { path: '/invitations/:token', name: 'invitation', component: () => import('@/features/shell/AcceptInvitationPage.vue'), meta: { public: true } },
  { path: '/platform/bootstrap', name: 'bootstrap', component: () => import('@/features/platform/BootstrapPage.vue'), meta: { public: true } },
  {
    path: '/',
    component: () => import('@/features/shell/AppLayout.vue'),
    children: [
      { path: '', name: 'home', redirect: () => homeOf(session.me) },
      ...Object.values(featureRoutes).flatMap((m) => m.default),
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('@/features/shell/NotFoundPage.vue') },
    ],
  },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  if (!session.loaded) await loadSession()
  if (to.meta.public) return true
  if (!session.me) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  // an object's link (from a notification, an e-mail, a search hit) opens the reader's page for it
  const target = await resolveTarget(to.path, session.me, projectOf)
  if (target) return target
  const allowed = to.meta.allowed
  if (allowed && !allowed(session.me)) return homeOf(session.me)
  return true
})

/** The project of a work item or supplier order a link names without it; null when the reader may not see it. */
const projectOf: Lookup = async (kind, id) => {
  try {
    const found = await http.get<{ projectId: string }>(kind === 'work-item' ? `/api/work-items/${id}` : `/api/supplier-orders/${id}`)
    return found.projectId
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null
    throw e
  }
}

handleUnauthorized((problem) => {
  session.me = null
  const current = router.currentRoute.value
  // a deactivated account is told why, and is not sent back to where it was
  if (problem.reason === 'account-deactivated') router.replace({ name: 'login', query: { deactivated: null } })
  else if (problem.reason === 'session-ended') router.replace({ name: 'login', query: { ended: null } })
  else if (problem.reason === 'tenant-suspended') router.replace({ name: 'login', query: { suspended: null } })
  else if (!current.meta.public) router.replace({ name: 'login', query: { redirect: current.fullPath } })
})
