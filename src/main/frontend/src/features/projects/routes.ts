import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  { path: '/projects', name: 'projects', component: () => import('./ProjectsPage.vue'), meta: { allowed: (me) => me.organisation.kind === 'HOST', nav: 'nav.projects', navOrder: 20 } },
  { path: '/projects/:projectId', name: 'project', component: () => import('./ProjectPage.vue'), meta: { allowed: (me) => me.organisation.kind === 'HOST' } },
]

export default routes
