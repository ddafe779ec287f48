import type { RouteRecordRaw } from 'vue-router'

// a document's page for every persona; the server answers 404 for one not shared with the reader
const routes: RouteRecordRaw[] = [{ path: '/documents/:documentId', name: 'document', component: () => import('./DocumentPage.vue') }]

export default routes
