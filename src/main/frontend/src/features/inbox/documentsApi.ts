import { http, request } from '@/api/http'

export type DocumentType = 'QC_REPORT' | 'DELIVERABLE' | 'REQUIREMENT' | 'DESIGN' | 'OTHER'
export const DOCUMENT_TYPES: readonly DocumentType[] = ['QC_REPORT', 'DELIVERABLE', 'REQUIREMENT', 'DESIGN', 'OTHER']

export interface TaskDocument {
  id: string
  type: DocumentType
  name: string
  /** What it is attached to: a task's documents include those of the other tasks of its process. */
  target: { type: 'PROJECT' | 'WORK_ITEM' | 'TASK' | 'TICKET'; id: string | null }
  latestVersion: { number: number; size: number; contentType: string | null; fileName: string | null; extraction: { status: string } } | null
}

/** GET /api/tasks/{id}/documents: what the step requires before it completes, what is attached, whether the caller may attach more. */
export interface TaskDocuments {
  required: { type: DocumentType; attached: boolean }[]
  documents: TaskDocument[]
  /** The server's one rule of which tasks carry documents (a task of a project, for internal users and partners). */
  attachable?: boolean
}

export const taskDocumentsApi = {
  of: (taskId: string) => http.get<TaskDocuments>(`/api/tasks/${encodeURIComponent(taskId)}/documents`),
  /** Uploads a file to the task (multipart; the server detects the type from the bytes). */
  /** The documents attached to a ticket (or another target) that the caller sees. */
  attachedTo: (projectId: string, targetType: 'TICKET' | 'TASK', targetId: string) =>
    http.get<TaskDocument[]>(`/api/projects/${encodeURIComponent(projectId)}/documents`, { targetType, targetId }),
  upload: (projectId: string, taskId: string, type: DocumentType, file: File, targetType: 'TASK' | 'TICKET' = 'TASK') => {
    const body = new FormData()
    body.append('file', file, file.name)
    body.append('type', type)
    body.append('targetType', targetType)
    body.append('targetId', taskId)
    return request<TaskDocument>(`/api/projects/${encodeURIComponent(projectId)}/documents`, { method: 'POST', body })
  },
  contentUrl: (doc: TaskDocument) => `/api/documents/${doc.id}/versions/${doc.latestVersion?.number ?? 1}/content`,
}
