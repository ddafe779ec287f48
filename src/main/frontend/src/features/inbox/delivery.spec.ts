import { describe, expect, it } from 'vitest'
import { deliveredDocuments, valueText, withoutDelivered } from './delivery'
import type { TaskDocument } from './documentsApi'

function doc(id: string, type: TaskDocument['target']['type'], targetId: string | null): TaskDocument {
  return { id, type: 'DELIVERABLE', name: `${id}.pdf`, target: { type, id: targetId }, latestVersion: null }
}

const words = { yes: '是', no: '否', separator: '、' }

describe('deliveredDocuments', () => {
  const documents = [doc('a', 'TASK', 'deliver-1'), doc('b', 'TASK', 'review-1'), doc('c', 'WORK_ITEM', 'deliver-1'), doc('d', 'TASK', 'deliver-2')]

  it('keeps only what was uploaded on the delivering task', () => {
    expect(deliveredDocuments(documents, 'deliver-2').map((d) => d.id)).toEqual(['d'])
    expect(deliveredDocuments(documents, 'deliver-1').map((d) => d.id)).toEqual(['a'])
  })

  it('has nothing without a delivery', () => {
    expect(deliveredDocuments(documents, undefined)).toEqual([])
    expect(withoutDelivered(documents, undefined)).toHaveLength(4)
  })

  it('lists the rest once', () => {
    expect(withoutDelivered(documents, 'deliver-1').map((d) => d.id)).toEqual(['b', 'c', 'd'])
  })
})

describe('valueText', () => {
  it('words yes/no and lists in the reader language', () => {
    expect(valueText(true, words)).toBe('是')
    expect(valueText(false, { yes: 'Yes', no: 'No', separator: ', ' })).toBe('No')
    expect(valueText(['批准交付', '退回返工'], words)).toBe('批准交付、退回返工')
  })

  it('shows texts and numbers as they are, and nothing for no value', () => {
    expect(valueText('DOC-2026-0815', words)).toBe('DOC-2026-0815')
    expect(valueText(40, words)).toBe('40')
    expect(valueText(null, words)).toBe('')
    expect(valueText(undefined, words)).toBe('')
  })
})
