/** The SLA clock of a ticket's stage, as the page words it: how long until it is due, or how long it is overdue. */
export interface SlaClock {
  state: 'none' | 'running' | 'breached' | 'closed'
  /** whole hours and minutes left (running) or past due (breached) */
  hours: number
  minutes: number
}

export function slaClock(due: string | null, breached: boolean, closedAt: string | null, now: Date = new Date()): SlaClock {
  if (closedAt) return { state: 'closed', hours: 0, minutes: 0 }
  if (!due) return { state: breached ? 'breached' : 'none', hours: 0, minutes: 0 }
  const diff = new Date(due).getTime() - now.getTime()
  const total = Math.floor(Math.abs(diff) / 60000)
  const state = breached || diff < 0 ? 'breached' : 'running'
  return { state, hours: Math.floor(total / 60), minutes: total % 60 }
}
