/** How urgent a work item or ticket is (io.crossflow.shared.Priority), most urgent first. */
export type Priority = 'URGENT' | 'HIGH' | 'NORMAL' | 'LOW'
export const PRIORITIES: readonly Priority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW']

/** How badly a customer complaint hurts (io.crossflow.ticket.Severity); its priority follows it. */
export type Severity = 'CRITICAL' | 'MAJOR' | 'MINOR'
export const SEVERITIES: readonly Severity[] = ['CRITICAL', 'MAJOR', 'MINOR']

/** The priority a complaint of that severity gets (the server decides; shown before it is raised). */
export function severityPriority(severity: Severity): Priority {
  return ({ CRITICAL: 'URGENT', MAJOR: 'HIGH', MINOR: 'NORMAL' } as const)[severity]
}

/** Element Plus tag colours: urgent stands out, normal stays quiet. */
export function priorityTag(priority: Priority): { type: 'danger' | 'warning' | 'info'; effect: 'dark' | 'plain' } {
  if (priority === 'URGENT') return { type: 'danger', effect: 'dark' }
  if (priority === 'HIGH') return { type: 'warning', effect: 'plain' }
  return { type: 'info', effect: 'plain' }
}
