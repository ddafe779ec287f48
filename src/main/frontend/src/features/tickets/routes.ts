import type { RouteRecordRaw } from 'vue-router'

// every persona opens a ticket's page; the server answers 404 for one the reader may not see
const routes: RouteRecordRaw[] = [{ path: '/tickets/:ticketId', name: 'ticket', component: () => import('./TicketPage.vue') }]

export default routes
