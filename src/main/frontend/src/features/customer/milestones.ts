import type { Milestone } from '@/features/projects/api'
import { daysBetween, varianceDays } from '@/features/projects/plan'

/**
 * The one state a customer reads for a milestone, from its status and the customer's newest
 * decision on its delivery: a refused or reopened milestone is never "done", an accepted one
 * never "awaiting".
 */
export type CustomerState = 'planned' | 'inProgress' | 'blocked' | 'awaiting' | 'accepted' | 'rework' | 'redelivered' | 'reopened'

/** How the milestone stands against time, as one statement (null: nothing worth saying). */
export type Timing =
  | { kind: 'later' | 'earlier'; days: number }
  | { kind: 'onPlan' }
  | { kind: 'overdue'; days: number }

/** A milestone as the customer's timeline shows it. */
export interface MilestoneView extends Milestone {
  state: CustomerState
  /** whether it is delivered (done): only then do its actual date and an "earlier" count */
  reached: boolean
  /** the date the timeline places it at: the actual date when delivered, else the planned, else the baseline */
  date: string | null
  /** days later (+) or earlier (−) than the baseline; null without both dates */
  slip: number | null
  timing: Timing | null
  /** the customer may accept or refuse the delivery now */
  decidable: boolean
}

export function customerState(m: Milestone): CustomerState {
  const decision = m.acceptance
  if (m.status === 'DONE') {
    if (!decision) return 'awaiting'
    return decision.accepted ? 'accepted' : 'redelivered'
  }
  if (decision) return decision.accepted ? 'reopened' : 'rework'
  return m.status === 'BLOCKED' ? 'blocked' : m.status === 'IN_PROGRESS' ? 'inProgress' : 'planned'
}

/** `today` is the reader's calendar day (YYYY-MM-DD): a planned date before it is overdue. */
export function milestoneView(m: Milestone, today: string): MilestoneView {
  const state = customerState(m)
  const reached = m.status === 'DONE'
  const date = reached ? (m.actualDate ?? m.plannedDate ?? m.baselineDate) : (m.plannedDate ?? m.baselineDate)
  const slip = varianceDays(reached ? (m.actualDate ?? m.plannedDate) : m.plannedDate, m.baselineDate)
  return { ...m, state, reached, date, slip, timing: timing(state, reached, m.plannedDate, slip, today), decidable: state === 'awaiting' || state === 'redelivered' }
}

function timing(state: CustomerState, reached: boolean, planned: string | null, slip: number | null, today: string): Timing | null {
  if (!reached && planned && daysBetween(planned, today) > 0) return { kind: 'overdue', days: daysBetween(planned, today) }
  // sent back or reopened: it is not early, whatever its dates said before
  const settledAgain = state === 'rework' || state === 'reopened'
  if (slip === null) return null
  if (slip > 0) return { kind: 'later', days: slip }
  if (settledAgain) return null
  return slip < 0 ? { kind: 'earlier', days: -slip } : { kind: 'onPlan' }
}

/** The colour of the state's tag and timeline dot. */
export function stateType(state: CustomerState): 'success' | 'warning' | 'danger' | 'primary' | 'info' {
  switch (state) {
    case 'accepted':
      return 'success'
    case 'awaiting':
    case 'redelivered':
    case 'blocked':
    case 'reopened':
      return 'warning'
    case 'rework':
      return 'danger'
    case 'inProgress':
      return 'primary'
    default:
      return 'info'
  }
}
