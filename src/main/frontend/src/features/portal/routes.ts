import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  { path: '/portal', name: 'portal', component: () => import('./PortalPage.vue'), meta: { allowed: (me) => me.organisation.kind === 'PARTNER', nav: 'nav.portal', navOrder: 10 } },
]

export default routes
