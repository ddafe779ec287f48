import { describe, expect, it } from 'vitest'
import type { SearchHit } from './api'
import { appendPage, facetsToOffer, groupHits, isSearchShortcut, kindKey, requestOf } from './results'

const hit = (kind: string, objectId: string): SearchHit => ({
  kind, objectId, projectId: 'p', projectName: 'P', title: objectId, highlightedTitle: objectId, snippet: '', score: 0, updatedAt: '2026-12-01T00:00:00Z',
})

describe('the search results page', () => {
  it('reads the query and a known kind from the address', () => {
    expect(requestOf({ q: ' 焊接工艺 ', kind: 'document' })).toEqual({ q: '焊接工艺', kind: 'document' })
    expect(requestOf({ q: ['a', 'b'], kind: 'nonsense' })).toEqual({ q: 'a', kind: null })
    expect(requestOf({})).toEqual({ q: '', kind: null })
  })

  it('groups hits by kind in a fixed order, best first within each, with the count of all of its kind', () => {
    const groups = groupHits([hit('ticket', 't1'), hit('document', 'd1'), hit('ticket', 't2'), hit('document', 'd2'), hit('whiteboard', 'x')], { document: 7, ticket: 2 })
    expect(groups.map((g) => [g.kind, g.count, g.hits.map((h) => h.objectId)])).toEqual([
      ['document', 7, ['d1', 'd2']],
      ['ticket', 2, ['t1', 't2']],
      ['whiteboard', 0, ['x']],
    ])
  })

  it('offers the kinds that have hits, and the chosen one even without', () => {
    expect(facetsToOffer({ document: 1, page: 0, 'work-item': 3, ticket: 0 }, null)).toEqual([
      { kind: 'document', count: 1 },
      { kind: 'work-item', count: 3 },
    ])
    expect(facetsToOffer({ document: 0, page: 0, 'work-item': 0, ticket: 0 }, 'ticket')).toEqual([{ kind: 'ticket', count: 0 }])
  })

  it('appends a further page without showing a hit twice', () => {
    expect(appendPage([hit('document', 'a')], [hit('document', 'a'), hit('ticket', 'a'), hit('document', 'b')]).map((h) => `${h.kind}/${h.objectId}`)).toEqual([
      'document/a',
      'ticket/a',
      'document/b',
    ])
  })

  it('takes / as the shortcut only when nobody is typing', () => {
    const key = (target: EventTarget | null, extra: Partial<KeyboardEvent> = {}) => ({ key: '/', ctrlKey: false, metaKey: false, altKey: false, isComposing: false, target, ...extra })
    const input = document.createElement('input')
    const editor = document.createElement('div')
    editor.setAttribute('contenteditable', 'true')
    const inside = document.createElement('span')
    editor.appendChild(inside)
    document.body.append(input, editor)
    expect(isSearchShortcut(key(document.body))).toBe(true)
    expect(isSearchShortcut(key(input))).toBe(false)
    expect(isSearchShortcut(key(document.createElement('textarea')))).toBe(false)
    expect(isSearchShortcut(key(inside))).toBe(false)
    expect(isSearchShortcut(key(document.body, { ctrlKey: true }))).toBe(false)
    expect(isSearchShortcut(key(document.body, { key: 'a' }))).toBe(false)
  })

  it('names every kind by a message key, an unknown one as other', () => {
    expect(['document', 'work-item', 'ticket', 'page', 'whiteboard'].map(kindKey)).toEqual(['document', 'workItem', 'ticket', 'page', 'other'])
  })
})
