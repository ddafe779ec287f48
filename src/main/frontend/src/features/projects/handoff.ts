import type { HandoffStatus } from './api'

/** The states in which a partner is working on the item through its hand-off (offered up to delivered or in rework). */
export const ACTIVE_HANDOFF: readonly HandoffStatus[] = ['OFFERED', 'ACCEPTED', 'DELIVERED', 'REWORK']

/** Whether a hand-off is under way: the server's `WorkItem.handoffActive()`. */
export function handoffActive(status: HandoffStatus | null | undefined): boolean {
  return !!status && ACTIVE_HANDOFF.includes(status)
}

/** The colour of a hand-off tag: waiting on the partner, needing attention, settled. */
export function handoffTagType(status: HandoffStatus): 'warning' | 'danger' | 'success' | 'info' | 'primary' {
  switch (status) {
    case 'OFFERED':
    case 'DELIVERED':
      return 'warning'
    case 'REWORK':
    case 'DECLINED':
      return 'danger'
    case 'APPROVED':
      return 'success'
    default:
      return 'primary'
  }
}
