import type { LocationQuery } from 'vue-router'
import { isKind, KINDS, type SearchHit, type SearchKind } from './api'

/** What the results page shows, read from its address (`/search?q=…&kind=…`). */
export interface SearchRequest {
  q: string
  kind: SearchKind | null
}

export function requestOf(query: LocationQuery): SearchRequest {
  const first = (v: LocationQuery[string]) => (Array.isArray(v) ? v[0] : v) ?? ''
  const q = String(first(query.q)).trim()
  const kind = first(query.kind)
  return { q, kind: isKind(kind) ? kind : null }
}

export interface HitGroup {
  kind: string
  /** how many of this kind match in all, from the facets */
  count: number
  hits: SearchHit[]
}

/**
 * The hits by kind, in the fixed order of {@link KINDS} (a kind the page does not know comes last),
 * each group in the server's order (best first); kinds without hits loaded are left out.
 */
export function groupHits(hits: SearchHit[], facets: Record<string, number>): HitGroup[] {
  const groups = new Map<string, HitGroup>()
  for (const hit of hits) {
    let group = groups.get(hit.kind)
    if (!group) {
      group = { kind: hit.kind, count: facets[hit.kind] ?? 0, hits: [] }
      groups.set(hit.kind, group)
    }
    group.hits.push(hit)
  }
  const rank = (kind: string) => {
    const at = (KINDS as readonly string[]).indexOf(kind)
    return at < 0 ? KINDS.length : at
  }
  return [...groups.values()].sort((a, b) => rank(a.kind) - rank(b.kind))
}

/** The kind filters to offer: every kind with hits, and the chosen one even without. */
export function facetsToOffer(facets: Record<string, number>, chosen: SearchKind | null): { kind: SearchKind; count: number }[] {
  return KINDS.filter((k) => (facets[k] ?? 0) > 0 || k === chosen).map((kind) => ({ kind, count: facets[kind] ?? 0 }))
}

/** Appends a further page, leaving out hits already shown (the index may have changed in between). */
export function appendPage(shown: SearchHit[], next: SearchHit[]): SearchHit[] {
  const seen = new Set(shown.map((h) => `${h.kind}/${h.objectId}`))
  return [...shown, ...next.filter((h) => !seen.has(`${h.kind}/${h.objectId}`))]
}

/** Whether a key press is the search shortcut `/`: not while typing somewhere, not with a modifier. */
export function isSearchShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'isComposing' | 'target'>): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return false
  return !isTyping(event.target)
}

function isTyping(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const element = target as HTMLElement
  if (element.isContentEditable) return true
  return element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]') !== null
}

/** The message key of a kind (`search.kind.<key>`): message keys are written without hyphens. */
export function kindKey(kind: string): string {
  if (kind === 'work-item') return 'workItem'
  return isKind(kind) ? kind : 'other'
}
