import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  { path: '/inbox', name: 'inbox', component: () => import('./InboxPage.vue'), meta: { allowed: (me) => me.organisation.kind === 'HOST', nav: 'nav.inbox', navOrder: 10 } },
  { path: '/tasks/:taskId', name: 'task', component: () => import('./TaskPage.vue') },
]

export default routes
