import { describe, expect, it } from 'vitest'
import type { PortalProject, PortalWorkItem, Ticket } from './api'
import type { InboxItem } from '@/features/inbox/api'
import { openWork, sortTickets, taskFor, workTarget } from './work'

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

describe('where an open-work row leads', () => {
  const task = (taskId: string, objectId: string | null, due: string | null = null): InboxItem => ({
    taskId, title: taskId, projectId: 'p1', projectName: 'Gearbox', processKey: 'work-package-handoff', processName: null, due,
    priority: 50, priorityLevel: 'NORMAL', assignee: null, created: '2026-12-01T00:00:00Z', projectKey: 'PRJ-1',
    object: objectId ? { kind: 'WORK_ITEM', id: objectId, number: null, title: objectId } : null,
  })
  const housings = item('housings', 'A', 'IN_PROGRESS', '2026-12-20')

  it('opens the partner\'s open task for the item, the soonest due when there are several', () => {
    const tasks = [task('other', 'castings'), task('later', 'housings', '2026-12-20T00:00:00Z'), task('sooner', 'housings', '2026-12-10T00:00:00Z')]
    expect(taskFor(housings, tasks)?.taskId).toBe('sooner')
    expect(workTarget(housings, tasks)).toEqual({ name: 'task', params: { taskId: 'sooner' }, query: { from: 'portal' } })
  })

  it('opens the item in the portal when no task of the partner is about it', () => {
    const tasks = [task('ticket-task', null), task('other', 'castings')]
    expect(taskFor(housings, tasks)).toBeNull()
    expect(workTarget(housings, tasks)).toEqual({ path: '/portal', query: { project: 'p1', workItem: 'housings' } })
  })
})
