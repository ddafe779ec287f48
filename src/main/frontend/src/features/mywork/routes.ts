import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  {
    path: '/my-work',
    name: 'my-work',
    component: () => import('./MyWorkPage.vue'),
    meta: { allowed: (me) => me.organisation.kind === 'HOST', nav: 'mywork.nav', navOrder: 12 },
  },
]

export default routes
