import type { RouteRecordRaw } from 'vue-router'

// every signed-in persona searches; the server answers only with what the reader may see
const routes: RouteRecordRaw[] = [{ path: '/search', name: 'search', component: () => import('./SearchPage.vue') }]

export default routes
