import type { RouteRecordRaw } from 'vue-router'

const routes: RouteRecordRaw[] = [
  // a document's page for every persona; the server answers 404 for one not shared with the reader
  { path: '/documents/:documentId', name: 'document', component: () => import('./DocumentPage.vue') },
  // a partner's documents across its projects (customers have theirs in the customer view)
  {
    path: '/portal/documents',
    name: 'portal-documents',
    component: () => import('./SharedDocumentsPage.vue'),
    meta: { allowed: (me) => me.organisation.kind === 'PARTNER', nav: 'library.nav', navOrder: 15 },
  },
]

export default routes
