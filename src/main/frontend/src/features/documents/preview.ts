/**
 * What the browser can show of a version without leaving the page. The server serves exactly these
 * types inline (`VersionController.INLINE_TYPES`); everything else is only downloaded.
 */
export type PreviewKind = 'pdf' | 'image' | 'none'

const IMAGES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/bmp'])

export function previewKind(contentType: string | null | undefined): PreviewKind {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'application/pdf') return 'pdf'
  return IMAGES.has(type) ? 'image' : 'none'
}

/** The version's bytes, inline when the server renders the type (PDF, raster images), else as an attachment. */
export function contentUrl(documentId: string, version: number, inline = false): string {
  const path = `/api/documents/${encodeURIComponent(documentId)}/versions/${version}/content`
  return inline ? `${path}?inline=true` : path
}
