import { http } from '@/api/http'

/** The kinds `GET /api/search` answers, in the order the results page groups them. */
export const KINDS = ['document', 'work-item', 'ticket', 'page'] as const
export type SearchKind = (typeof KINDS)[number]

export const isKind = (value: unknown): value is SearchKind => typeof value === 'string' && (KINDS as readonly string[]).includes(value)

/** One found object (docs/search.md, "API"); `highlightedTitle` and `snippet` are escaped text with `<mark>` around hits. */
export interface SearchHit {
  kind: string
  objectId: string
  projectId: string | null
  projectName: string | null
  title: string
  highlightedTitle: string
  snippet: string
  score: number
  updatedAt: string
}

export interface SearchResults {
  query: string
  page: number
  size: number
  /** hits of the requested kind, or of every kind without one */
  total: number
  /** hits per kind, whatever kind was asked */
  facets: Record<string, number>
  hits: SearchHit[]
}

export const PAGE_SIZE = 20

export const searchApi = {
  search: (q: string, kind: SearchKind | null, page: number, signal?: AbortSignal) =>
    http.get<SearchResults>('/api/search', { q, kind, page, size: PAGE_SIZE }, signal),
}
