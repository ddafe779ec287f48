import { http, upload, type UploadProgress } from '@/api/http'
import type { DocumentType } from '@/features/inbox/documentsApi'

export type TargetType = 'PROJECT' | 'WORK_ITEM' | 'TICKET' | 'TASK'

export interface Sharing {
  partnerOrganisationIds: string[]
  customers: boolean
}

export interface LibraryVersion {
  number: number
  size: number
  contentType: string | null
  fileName: string | null
  restoredFrom: number | null
  uploadedBy: string | null
  uploadedAt: string
}

/** Document of `io.crossflow.document.web.DocumentDtos`. */
export interface LibraryDocument {
  id: string
  projectId: string
  target: { type: TargetType; id: string }
  type: DocumentType
  name: string
  sharing: Sharing
  ownerOrganisationId: string | null
  createdAt: string
  latestVersion: LibraryVersion | null
}

/** A row of `GET /api/documents`: the document, its folder named, and what the caller may do with it. */
export interface LibraryEntry {
  document: LibraryDocument
  projectName: string
  folder: { type: TargetType; id: string; title: string | null; number: string | null }
  commentCount: number
  uploaderName: string | null
  editable: boolean
  shareable: boolean
  deletable: boolean
}

export interface LibraryComment {
  id: string
  version: number | null
  authorId: string
  body: string
  createdAt: string
}

export interface NewDocument {
  file: File
  type: DocumentType
  targetType: TargetType
  targetId: string | null
}

const doc = (id: string) => `/api/documents/${encodeURIComponent(id)}`

export const libraryApi = {
  list: (projectId?: string | null) => http.get<LibraryEntry[]>('/api/documents', { projectId }),
  upload: (projectId: string, d: NewDocument, onProgress?: (p: UploadProgress) => void) => {
    const form = new FormData()
    form.append('file', d.file, d.file.name)
    form.append('type', d.type)
    form.append('targetType', d.targetType)
    if (d.targetId) form.append('targetId', d.targetId)
    return upload<LibraryDocument>(`/api/projects/${encodeURIComponent(projectId)}/documents`, form, onProgress)
  },
  addVersion: (id: string, file: File, onProgress?: (p: UploadProgress) => void) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return upload<LibraryVersion>(`${doc(id)}/versions`, form, onProgress)
  },
  versions: (id: string) => http.get<LibraryVersion[]>(`${doc(id)}/versions`),
  restore: (id: string, number: number) => http.post<LibraryVersion>(`${doc(id)}/versions/${number}/restore`),
  comments: (id: string) => http.get<LibraryComment[]>(`${doc(id)}/comments`),
  comment: (id: string, body: string, version?: number) => http.post<LibraryComment>(`${doc(id)}/comments`, { body, version }),
  share: (id: string, sharing: Sharing) => http.put<LibraryDocument>(`${doc(id)}/sharing`, sharing),
  remove: (id: string) => http.delete<void>(doc(id)),
}
