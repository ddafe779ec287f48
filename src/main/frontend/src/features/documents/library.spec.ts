import { describe, expect, it } from 'vitest'
import { filterEntries, folderKey, foldersOf, formatSize, percent } from './library'
import type { LibraryEntry, TargetType } from './libraryApi'

function entry(id: string, name: string, type: LibraryEntry['document']['type'], folder: [TargetType, string, string | null, string | null], at: string): LibraryEntry {
  return {
    document: {
      id, projectId: 'p', target: { type: folder[0], id: folder[1] }, type, name, sharing: { partnerOrganisationIds: [], customers: false },
      ownerOrganisationId: null, createdAt: at,
      latestVersion: { number: 1, size: 10, contentType: 'application/pdf', fileName: name, restoredFrom: null, uploadedBy: null, uploadedAt: at },
    },
    projectName: 'Gearbox',
    folder: { type: folder[0], id: folder[1], title: folder[2], number: folder[3] },
    commentCount: 0, uploaderName: null, editable: true, shareable: true, deletable: false,
  }
}

const rows = [
  entry('1', 'Spec.pdf', 'REQUIREMENT', ['TICKET', 't1', 'Bore too small', 'P-1-CR-2'], '2026-01-03T00:00:00Z'),
  entry('2', 'drawing.pdf', 'DESIGN', ['WORK_ITEM', 'w1', 'Housings', null], '2026-01-02T00:00:00Z'),
  entry('3', 'Plan.pdf', 'OTHER', ['PROJECT', 'p', 'Gearbox', null], '2026-01-01T00:00:00Z'),
  entry('4', 'QC 7.pdf', 'QC_REPORT', ['WORK_ITEM', 'w1', 'Housings', null], '2026-01-04T00:00:00Z'),
]

describe('foldersOf', () => {
  it('makes one folder per target with its count, the project first, then work items and tickets', () => {
    const folders = foldersOf(rows)
    expect(folders.map((f) => [f.type, f.title, f.count])).toEqual([
      ['PROJECT', 'Gearbox', 1],
      ['WORK_ITEM', 'Housings', 2],
      ['TICKET', 'Bore too small', 1],
    ])
    expect(folders[2].number).toBe('P-1-CR-2')
  })
})

describe('filterEntries', () => {
  it('keeps the folder, type and name asked for, newest first', () => {
    expect(filterEntries(rows, { folder: null, type: null, name: '', sort: 'date' }).map((r) => r.document.id)).toEqual(['4', '1', '2', '3'])
    expect(filterEntries(rows, { folder: folderKey('WORK_ITEM', 'w1'), type: null, name: '', sort: 'date' }).map((r) => r.document.id)).toEqual(['4', '2'])
    expect(filterEntries(rows, { folder: null, type: 'DESIGN', name: '', sort: 'date' }).map((r) => r.document.id)).toEqual(['2'])
    expect(filterEntries(rows, { folder: null, type: null, name: 'PLAN', sort: 'date' }).map((r) => r.document.id)).toEqual(['3'])
  })

  it('sorts by name ignoring case', () => {
    expect(filterEntries(rows, { folder: null, type: null, name: '', sort: 'name' }).map((r) => r.document.name)).toEqual(['drawing.pdf', 'Plan.pdf', 'QC 7.pdf', 'Spec.pdf'])
  })
})

describe('sizes and progress', () => {
  it('reads sizes as people do', () => {
    expect(formatSize(512)).toBe('512 B')
    expect(formatSize(2048)).toBe('2 KB')
    expect(formatSize(5 * 1048576 + 104858)).toBe('5.1 MB')
  })
  it('gives an upload percentage within 0–100', () => {
    expect(percent(0, 0)).toBe(0)
    expect(percent(50, 200)).toBe(25)
    expect(percent(300, 200)).toBe(100)
  })
})

describe('library texts', () => {
  it('render in both languages, the @ of a mention included (vue-i18n reads a bare @ as a link)', async () => {
    const { i18n, setLanguage } = await import('@/i18n')
    setLanguage('en')
    expect(i18n.global.t('library.comments.placeholder')).toContain('@username')
    expect(i18n.global.t('library.row.comments', { count: 3 }, 3)).toBe('3 comments')
    setLanguage('zh-CN')
    expect(i18n.global.t('library.comments.placeholder')).toContain('@用户名')
    expect(i18n.global.t('library.row.comments', { count: 1 }, 1)).toBe('1 条评论')
  })
})
