import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  { path: '/portal', name: 'portal', component: () => import('./PortalPage.vue'), meta: { allowed: (me) => me.organisation.kind === 'PARTNER', nav: 'nav.portal', navOrder: 10 } },
  {
    path: '/portal/team',
    name: 'portal-team',
    component: () => import('./TeamPage.vue'),
    meta: { allowed: (me) => me.organisation.kind === 'PARTNER' && me.capabilities.includes('PARTNER_MANAGER'), nav: 'nav.team', navOrder: 20 },
  },
]

export default routes
