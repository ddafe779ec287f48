import type { Ticket, TicketType } from '@/api/tickets'

export type TicketState = 'open' | 'closed' | 'all'
export type TicketSort = 'newest' | 'oldest' | 'due' | 'number'

export interface TicketFilter {
  text: string
  types: TicketType[]
  state: TicketState
  sort: TicketSort
}

/** The numeric tail of a ticket number (`PRJ-1-CR-12` → 12), so CR-10 sorts after CR-9. */
function sequence(number: string): number {
  const tail = /(\d+)$/.exec(number)
  return tail ? Number(tail[1]) : 0
}

/** The tickets tab's list: filtered by text (number or title), type and state, then sorted. */
export function filterTickets(tickets: readonly Ticket[], f: TicketFilter): Ticket[] {
  const text = f.text.trim().toLowerCase()
  const shown = tickets.filter(
    (tk) =>
      (!text || tk.number.toLowerCase().includes(text) || tk.title.toLowerCase().includes(text)) &&
      (f.types.length === 0 || f.types.includes(tk.type)) &&
      (f.state === 'all' || (f.state === 'open') === !tk.closedAt),
  )
  const compare: Record<TicketSort, (a: Ticket, b: Ticket) => number> = {
    newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
    oldest: (a, b) => a.createdAt.localeCompare(b.createdAt),
    // open stages with a deadline first, the soonest on top; the rest newest first
    due: (a, b) => {
      const da = !a.closedAt && a.sla.due ? a.sla.due : null
      const db = !b.closedAt && b.sla.due ? b.sla.due : null
      if (da && db) return da.localeCompare(db)
      if (da) return -1
      if (db) return 1
      return b.createdAt.localeCompare(a.createdAt)
    },
    number: (a, b) => a.type.localeCompare(b.type) || sequence(a.number) - sequence(b.number),
  }
  return [...shown].sort(compare[f.sort])
}
