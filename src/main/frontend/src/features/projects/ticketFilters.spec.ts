import { describe, expect, it } from 'vitest'
import type { Ticket } from '@/api/tickets'
import { filterTickets, type TicketFilter } from './ticketFilters'

function ticket(number: string, over: Partial<Ticket> = {}): Ticket {
  return {
    id: number, projectId: 'p', number, type: 'ISSUE', title: `Title ${number}`, description: null, reporterUserId: null,
    reporterOrganisationId: null, routedOrganisationId: null, affectedWorkItemIds: [], stage: 'TRIAGE',
    sla: { due: null, breached: false }, createdAt: '2026-12-01T00:00:00Z', closedAt: null, priority: 'NORMAL', severity: null, ...over,
  }
}
const all: TicketFilter = { text: '', types: [], state: 'all', sort: 'newest' }

describe('the tickets tab filters and sorts', () => {
  const tickets = [
    ticket('P-1-IS-9', { createdAt: '2026-12-01T00:00:00Z', sla: { due: '2026-12-05T00:00:00Z', breached: false } }),
    ticket('P-1-IS-10', { createdAt: '2026-12-03T00:00:00Z', title: 'Gearbox leaks', sla: { due: '2026-12-04T00:00:00Z', breached: false } }),
    ticket('P-1-CR-1', { type: 'CHANGE_REQUEST', createdAt: '2026-12-02T00:00:00Z', closedAt: '2026-12-03T00:00:00Z' }),
  ]

  it('finds by number or words of the title, case-insensitively', () => {
    expect(filterTickets(tickets, { ...all, text: 'gearbox' }).map((t) => t.number)).toEqual(['P-1-IS-10'])
    expect(filterTickets(tickets, { ...all, text: 'cr-1' }).map((t) => t.number)).toEqual(['P-1-CR-1'])
  })

  it('keeps the chosen types and states', () => {
    expect(filterTickets(tickets, { ...all, types: ['CHANGE_REQUEST'] }).map((t) => t.number)).toEqual(['P-1-CR-1'])
    expect(filterTickets(tickets, { ...all, state: 'open' })).toHaveLength(2)
    expect(filterTickets(tickets, { ...all, state: 'closed' }).map((t) => t.number)).toEqual(['P-1-CR-1'])
  })

  it('sorts newest, oldest, due soonest (closed ones last) and by number', () => {
    expect(filterTickets(tickets, all).map((t) => t.number)).toEqual(['P-1-IS-10', 'P-1-CR-1', 'P-1-IS-9'])
    expect(filterTickets(tickets, { ...all, sort: 'oldest' }).map((t) => t.number)).toEqual(['P-1-IS-9', 'P-1-CR-1', 'P-1-IS-10'])
    expect(filterTickets(tickets, { ...all, sort: 'due' }).map((t) => t.number)).toEqual(['P-1-IS-10', 'P-1-IS-9', 'P-1-CR-1'])
    expect(filterTickets(tickets, { ...all, sort: 'number' }).map((t) => t.number)).toEqual(['P-1-CR-1', 'P-1-IS-9', 'P-1-IS-10'])
  })
})
