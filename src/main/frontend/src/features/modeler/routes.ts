import type { RouteRecordRaw } from 'vue-router'
import type { Me } from '@/session'

const designers = (me: Me) => me.capabilities.includes('DESIGNER')

const routes: RouteRecordRaw[] = [
  { path: '/modeler', name: 'modeler', component: () => import('./ModelerPage.vue'), meta: { allowed: designers, nav: 'nav.modeler', navOrder: 30 } },
  { path: '/modeler/new', name: 'modeler-new', component: () => import('./ProcessEditorPage.vue'), meta: { allowed: designers } },
  { path: '/modeler/processes/:key', name: 'modeler-process', component: () => import('./ProcessEditorPage.vue'), meta: { allowed: designers } },
]

export default routes
