import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/platform',
    name: 'platform',
    component: () => import('./PlatformPage.vue'),
    meta: { allowed: (me) => me.capabilities.includes('PLATFORM_OPERATOR'), nav: 'nav.platform', navOrder: 95 },
  },
]

export default routes
