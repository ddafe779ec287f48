import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  { path: '/customer', name: 'customer', component: () => import('./CustomerPage.vue'), meta: { allowed: (me) => me.organisation.kind === 'CUSTOMER', nav: 'nav.customer', navOrder: 10 } },
]

export default routes
