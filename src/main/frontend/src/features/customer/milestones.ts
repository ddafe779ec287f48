import type { Milestone } from '@/features/projects/api'
import { varianceDays } from '@/features/projects/plan'

/** A milestone as the customer's timeline shows it: its date and how far it moved from the baseline. */
export interface MilestoneView extends Milestone {
  /** the date the timeline places it at: actual when reached, else planned, else baseline */
  date: string | null
  /** days later (+) or earlier (−) than the baseline; null without both dates */
  slip: number | null
}

export function milestoneView(m: Milestone): MilestoneView {
  return {
    ...m,
    date: m.actualDate ?? m.plannedDate ?? m.baselineDate,
    slip: varianceDays(m.actualDate ?? m.plannedDate, m.baselineDate),
  }
}
