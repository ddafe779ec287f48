import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  { path: '/requests', name: 'requests', component: () => import('./RequestsPage.vue'), meta: { allowed: (me) => me.organisation.kind === 'HOST', nav: 'nav.requests', navOrder: 15 } },
]

export default routes
