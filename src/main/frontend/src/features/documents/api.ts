import { http } from '@/api/http'

export interface DocumentVersion {
  number: number
  size: number
  contentType: string | null
  fileName: string | null
  uploadedAt: string
}

/** GET /api/documents/{id} (io.crossflow.document.web). */
export interface DocumentView {
  id: string
  projectId: string
  target: { type: 'PROJECT' | 'WORK_ITEM' | 'TASK' | 'TICKET'; id: string }
  type: string
  name: string
  createdAt: string
  latestVersion: DocumentVersion | null
}

export interface DocumentComment {
  id: string
  version: number | null
  authorId: string
  body: string
  createdAt: string
}

const path = (id: string) => `/api/documents/${encodeURIComponent(id)}`

export const documentsApi = {
  get: (id: string) => http.get<DocumentView>(path(id)),
  versions: (id: string) => http.get<DocumentVersion[]>(`${path(id)}/versions`),
  comments: (id: string) => http.get<DocumentComment[]>(`${path(id)}/comments`),
  contentUrl: (id: string, version: number) => `${path(id)}/versions/${version}/content`,
}
