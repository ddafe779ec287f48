import { describe, expect, it } from 'vitest'
import type { Me } from '@/session'
import { mapTarget, objectLink, resolveTarget, routeOf } from './targets'

const P = '11111111-1111-1111-1111-111111111111'
const W = '22222222-2222-2222-2222-222222222222'
const T = '33333333-3333-3333-3333-333333333333'

function me(kind: 'HOST' | 'PARTNER' | 'CUSTOMER'): Me {
  return { id: 'u', username: 'u', displayName: 'U', language: null, timeZone: 'Asia/Shanghai', capabilities: [], tenant: { id: 't', name: 'T', timeZone: 'Asia/Shanghai' }, organisation: { id: 'o', name: 'O', kind } }
}

describe('links to objects, per persona', () => {
  it('opens a task link on the task page for everyone', () => {
    for (const kind of ['HOST', 'PARTNER', 'CUSTOMER'] as const) expect(mapTarget('/inbox/abc-1', me(kind))).toEqual({ name: 'task', params: { taskId: 'abc-1' } })
  })

  it('keeps a ticket link: the ticket page is every persona\'s', () => {
    for (const kind of ['HOST', 'PARTNER', 'CUSTOMER'] as const) expect(mapTarget(`/tickets/${T}`, me(kind))).toBeNull()
  })

  it('opens a work item in the project for staff, in the portal for partners and in the progress view for customers', () => {
    const link = `/projects/${P}/work-items/${W}`
    expect(mapTarget(link, me('HOST'))).toEqual({ path: `/projects/${P}`, query: { workItem: W } })
    expect(mapTarget(link, me('PARTNER'))).toEqual({ path: '/portal', query: { project: P, workItem: W } })
    expect(mapTarget(link, me('CUSTOMER'))).toEqual({ path: '/customer', query: { project: P, workItem: W } })
  })

  it('opens a project link in the portal or the progress view for outsiders, as it stands for staff', () => {
    expect(mapTarget(`/projects/${P}`, me('HOST'))).toBeNull()
    expect(mapTarget(`/projects/${P}`, me('PARTNER'))).toEqual({ path: '/portal', query: { project: P } })
    expect(mapTarget(`/projects/${P}`, me('CUSTOMER'))).toEqual({ path: '/customer', query: { project: P } })
  })

  it('opens a document on its page and a supplier order in the portal', () => {
    expect(mapTarget(`/projects/${P}/documents/${W}`, me('CUSTOMER'))).toEqual({ name: 'document', params: { documentId: W } })
    expect(mapTarget(`/portal/supplier-orders/${W}`, me('PARTNER'))).toEqual({ path: '/portal', query: { order: W } })
  })

  it('looks up the project of links that do not name it', async () => {
    const lookup = async () => P
    expect(await resolveTarget(`/work-items/${W}`, me('HOST'), lookup)).toEqual({ path: `/projects/${P}`, query: { workItem: W } })
    expect(await resolveTarget(`/portal/supplier-orders/${W}`, me('HOST'), lookup)).toBe(`/projects/${P}`)
    expect(await resolveTarget(`/work-items/${W}`, me('HOST'), async () => null)).toBeNull()
  })

  it('leaves pages that are no object\'s link alone', () => {
    expect(mapTarget('/inbox', me('HOST'))).toBeNull()
    expect(mapTarget('/portal', me('PARTNER'))).toBeNull()
    expect(mapTarget(`/projects/${P}`, null)).toBeNull()
  })

  it('links search hits by kind through the same mapping', () => {
    expect(routeOf(objectLink('ticket', T, P)!, me('PARTNER'))).toBe(`/tickets/${T}`)
    expect(routeOf(objectLink('work-item', W, P)!, me('PARTNER'))).toEqual({ path: '/portal', query: { project: P, workItem: W } })
  })

  it('opens a document hit on the document page for every persona, and gives no link for a kind without a page', () => {
    for (const kind of ['HOST', 'PARTNER', 'CUSTOMER'] as const) expect(routeOf(objectLink('document', T, P)!, me(kind))).toEqual({ name: 'document', params: { documentId: T } })
    expect(routeOf(objectLink('work-item', W, P)!, me('HOST'))).toEqual({ path: `/projects/${P}`, query: { workItem: W } })
    // collaborative pages have no screen in the web app yet (docs/web.md, "Search")
    expect(objectLink('page', W, P)).toBeNull()
  })
})
