import type { RouteRecordRaw } from 'vue-router'

// every signed-in person's own page; opened from the user menu, so it has no navigation entry
const routes: RouteRecordRaw[] = [{ path: '/profile', name: 'profile', component: () => import('./ProfilePage.vue') }]

export default routes
