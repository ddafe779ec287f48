import type { RouteRecordRaw } from 'vue-router'

const outsider = (kind: string) => kind === 'PARTNER' || kind === 'CUSTOMER'

const routes: RouteRecordRaw[] = [
  {
    path: '/help/:pageId?',
    name: 'help',
    component: () => import('./HelpPage.vue'),
    meta: { nav: 'service.nav.help', navOrder: 80 },
  },
  {
    path: '/support',
    name: 'support',
    component: () => import('./SupportPage.vue'),
    meta: { allowed: (me) => outsider(me.organisation.kind), nav: 'service.nav.support', navOrder: 70 },
  },
]

export default routes
