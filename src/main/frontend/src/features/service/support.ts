/** The stages a support request shows; any other stage reads as "with the service desk". */
const STAGES = ['RAISED', 'WITH_SERVICE_DESK', 'AWAITING_REQUESTER', 'CLOSED', 'REJECTED'] as const

/** The message key of a support request's stage. */
export function stageKey(stage: string): string {
  const known = (STAGES as readonly string[]).includes(stage) ? stage : 'WITH_SERVICE_DESK'
  return `service.support.stage.${known}`
}
