// The documents library's pure rules: folders from the rows, filtering, sorting, sizes.
import type { DocumentType } from '@/features/inbox/documentsApi'
import type { LibraryEntry, TargetType } from './libraryApi'

export interface Folder {
  key: string
  type: TargetType
  id: string
  title: string | null
  number: string | null
  projectName: string
  count: number
}

export type SortKey = 'date' | 'name'

export interface LibraryFilter {
  folder: string | null
  type: DocumentType | null
  name: string
  sort: SortKey
}

const ORDER: Record<TargetType, number> = { PROJECT: 0, WORK_ITEM: 1, TICKET: 2, TASK: 3 }

export function folderKey(type: TargetType, id: string): string {
  return `${type}:${id}`
}

/** One folder per target that carries documents, the project's own first, then work items, tickets, tasks, each by title. */
export function foldersOf(entries: readonly LibraryEntry[], locale = 'en'): Folder[] {
  const folders = new Map<string, Folder>()
  for (const e of entries) {
    const key = folderKey(e.folder.type, e.folder.id)
    const folder = folders.get(key)
    if (folder) folder.count++
    else folders.set(key, { key, type: e.folder.type, id: e.folder.id, title: e.folder.title, number: e.folder.number, projectName: e.projectName, count: 1 })
  }
  return [...folders.values()].sort(
    (a, b) =>
      a.projectName.localeCompare(b.projectName, locale) ||
      ORDER[a.type] - ORDER[b.type] ||
      (a.number ?? '').localeCompare(b.number ?? '', locale, { numeric: true }) ||
      (a.title ?? '\uffff').localeCompare(b.title ?? '\uffff', locale),
  )
}

/** The rows of the folder and type whose name contains the text (any case), sorted: newest first, or by name. */
export function filterEntries(entries: readonly LibraryEntry[], filter: LibraryFilter, locale = 'en'): LibraryEntry[] {
  const needle = filter.name.trim().toLocaleLowerCase(locale)
  const rows = entries.filter(
    (e) =>
      (!filter.folder || folderKey(e.folder.type, e.folder.id) === filter.folder) &&
      (!filter.type || e.document.type === filter.type) &&
      (!needle || e.document.name.toLocaleLowerCase(locale).includes(needle)),
  )
  const changed = (e: LibraryEntry) => e.document.latestVersion?.uploadedAt ?? e.document.createdAt
  return rows.sort((a, b) =>
    filter.sort === 'name' ? a.document.name.localeCompare(b.document.name, locale, { numeric: true }) : changed(b).localeCompare(changed(a)),
  )
}

/** A size as people read it: bytes, KB, MB (1024-based, one decimal above 1 MB). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1048576) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / 1048576).toFixed(1)} MB`
}

/** Percent of an upload sent, 0–100. */
export function percent(loaded: number, total: number): number {
  if (total <= 0) return 0
  return Math.min(100, Math.round((loaded / total) * 100))
}
