import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  { path: '/modeler', name: 'modeler', component: () => import('./ModelerPage.vue'), meta: { allowed: (me) => me.capabilities.includes('DESIGNER'), nav: 'nav.modeler', navOrder: 30 } },
]

export default routes
