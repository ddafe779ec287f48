import { describe, expect, it } from 'vitest'
import { contentUrl, previewKind } from './preview'

describe('previewKind', () => {
  it('shows PDFs and raster images, whatever the parameters or case', () => {
    expect(previewKind('application/pdf')).toBe('pdf')
    expect(previewKind('Application/PDF; charset=binary')).toBe('pdf')
    expect(previewKind('image/png')).toBe('image')
    expect(previewKind('image/jpeg')).toBe('image')
  })

  it('never previews active or unknown content', () => {
    expect(previewKind('image/svg+xml')).toBe('none')
    expect(previewKind('text/html')).toBe('none')
    expect(previewKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('none')
    expect(previewKind(null)).toBe('none')
    expect(previewKind(undefined)).toBe('none')
  })
})

describe('contentUrl', () => {
  it('asks for inline bytes only for a preview', () => {
    expect(contentUrl('d 1', 2)).toBe('/api/documents/d%201/versions/2/content')
    expect(contentUrl('d1', 3, true)).toBe('/api/documents/d1/versions/3/content?inline=true')
  })
})
