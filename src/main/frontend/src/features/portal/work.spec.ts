import { describe, expect, it } from 'vitest'
import type { PortalProject, PortalWorkItem, Ticket } from './api'
import { openWork, sortTickets } from './work'

const project = (id: string, name: string): PortalProject => ({ id, key: id, name, status: 'ACTIVE', plannedStart: null, plannedEnd: null, myRole: 'SUPPLIER' })
const item = (id: string, org: string | null, status: PortalWorkItem['status'], plannedEnd: string | null, projectId = 'p1'): PortalWorkItem => ({
  id, projectId, title: id, description: null, assigneeOrganisationId: org, plannedStart: null, plannedEnd, status, progress: 0, milestone: false, handoffStatus: null,
})

describe('the portal\'s open work', () => {
  it('keeps the organisation\'s items that are not done, soonest first, with their project', () => {
    const items = new Map([
      ['p1', [item('late', 'A', 'TODO', '2026-12-20'), item('done', 'A', 'DONE', '2026-11-01'), item('other', 'B', 'TODO', '2026-11-02'), item('undated', 'A', 'IN_PROGRESS', null)]],
      ['p2', [item('soon', 'A', 'BLOCKED', '2026-11-30', 'p2')]],
    ])
    const work = openWork([project('p1', 'Gearbox'), project('p2', 'Castings')], items, 'A')
    expect(work.map((w) => w.id)).toEqual(['soon', 'late', 'undated'])
    expect(work[0].projectName).toBe('Castings')
  })
})

describe('the portal\'s tickets', () => {
  const ticket = (id: string, routed: string | null, createdAt: string, closedAt: string | null = null): Ticket => ({
    id, projectId: 'p1', number: id, type: 'ISSUE', title: id, description: null, reporterUserId: 'u', reporterOrganisationId: 'o',
    routedOrganisationId: routed, affectedWorkItemIds: [], stage: 'RAISED', sla: { due: null, breached: false }, createdAt, closedAt, priority: 'NORMAL', severity: null,
  })

  it('lists those routed to the organisation first, closed ones last, newest first within each', () => {
    const sorted = sortTickets([
      ticket('closed', 'A', '2026-11-20', '2026-11-21'),
      ticket('mine-old', null, '2026-11-01'),
      ticket('routed', 'A', '2026-11-02'),
      ticket('mine-new', null, '2026-11-10'),
    ], 'A')
    expect(sorted.map((t) => t.id)).toEqual(['routed', 'mine-new', 'mine-old', 'closed'])
  })
})
