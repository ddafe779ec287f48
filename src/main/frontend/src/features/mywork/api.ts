import { http } from '@/api/http'
import type { Priority } from '@/api/priority'
import type { HandoffStatus, WorkItemStatus } from '@/features/projects/api'

/** One of the caller's open work items (GET /api/me/work-items), with its project and why it is the caller's. */
export interface MyWorkItem {
  id: string
  projectId: string
  projectName: string
  projectKey: string | null
  title: string
  status: WorkItemStatus
  priority: Priority
  plannedStart: string | null
  plannedEnd: string | null
  milestone: boolean
  handoffStatus: HandoffStatus | null
  assignedToMe: boolean
  /** the caller's open task about the item, when it has one */
  taskId: string | null
}

export const myWorkApi = {
  list: () => http.get<MyWorkItem[]>('/api/me/work-items'),
}
