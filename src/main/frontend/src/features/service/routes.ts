import type { RouteRecordRaw } from 'vue-router'

const outsider = (kind: string) => kind === 'PARTNER' || kind === 'CUSTOMER'

const routes: RouteRecordRaw[] = [
  // the navigation links to a route's path as written, so the list and a page are two routes
  { path: '/help', name: 'help', component: () => import('./HelpPage.vue'), meta: { nav: 'service.nav.help', navOrder: 80 } },
  { path: '/help/:pageId', name: 'help-page', component: () => import('./HelpPage.vue') },
  {
    path: '/support',
    name: 'support',
    component: () => import('./SupportPage.vue'),
    meta: { allowed: (me) => outsider(me.organisation.kind), nav: 'service.nav.support', navOrder: 70 },
  },
]

export default routes
