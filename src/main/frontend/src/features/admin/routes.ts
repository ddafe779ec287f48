import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/admin',
    name: 'admin',
    component: () => import('./AdminPage.vue'),
    meta: { allowed: (me) => me.capabilities.includes('TENANT_ADMIN'), nav: 'nav.admin', navOrder: 90 },
  },
]

export default routes
