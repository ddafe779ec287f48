/**
 * The search API's highlighted text (`highlightedTitle`, `snippet`) is HTML-escaped with the hits
 * wrapped in `<mark>…</mark>` (docs/search.md). The page never hands that to `v-html`: it is cut at
 * the markers into plain segments, their escapes decoded, and each rendered as a text node or a
 * `<mark>` element. Any other tag-like text stays text.
 */
export interface Segment {
  text: string
  hit: boolean
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the character references an HTML escaper writes (`&amp;`, `&#39;`, `&#x4e2d;`); unknown ones stay as they are. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return codePoint(parseInt(ref.slice(2), 16), whole)
    if (ref.startsWith('#')) return codePoint(parseInt(ref.slice(1), 10), whole)
    return NAMED[ref.toLowerCase()] ?? whole
  })
}

function codePoint(n: number, fallback: string): string {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback
}

/** The text cut into plain and marked segments; a marker left open marks up to the end. */
export function segments(marked: string | null | undefined): Segment[] {
  const out: Segment[] = []
  if (!marked) return out
  let hit = false
  for (const part of marked.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase()
    if (tag === '<mark>') hit = true
    else if (tag === '</mark>') hit = false
    else if (part) {
      const text = unescapeHtml(part)
      const last = out[out.length - 1]
      if (last && last.hit === hit) last.text += text
      else out.push({ text, hit })
    }
  }
  return out
}

/** The text without its markers, e.g. for a label. */
export function plain(marked: string | null | undefined): string {
  return segments(marked)
    .map((s) => s.text)
    .join('')
}
