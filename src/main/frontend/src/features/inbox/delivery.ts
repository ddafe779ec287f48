import type { FormValue } from './api'
import type { TaskDocument } from './documentsApi'

/** The documents uploaded on the delivering task (a review task's list holds those of the whole process). */
export function deliveredDocuments(documents: readonly TaskDocument[], deliveryTaskId: string | null | undefined): TaskDocument[] {
  if (!deliveryTaskId) return []
  return documents.filter((d) => d.target?.type === 'TASK' && d.target.id === deliveryTaskId)
}

/** The other documents: what the delivery card shows is not listed a second time. */
export function withoutDelivered(documents: readonly TaskDocument[], deliveryTaskId: string | null | undefined): TaskDocument[] {
  const delivered = new Set(deliveredDocuments(documents, deliveryTaskId).map((d) => d.id))
  return documents.filter((d) => !delivered.has(d.id))
}

/** Words for values that are not text, in the reader's language. */
export interface ValueWords {
  yes: string
  no: string
  /** between the entries of a list: ", " or "、" */
  separator: string
}

/** A submitted field's value as a person reads it: options already come labelled, yes/no and lists in words. */
export function valueText(value: FormValue | undefined, words: ValueWords): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (Array.isArray(value)) return value.map((v) => valueText(v, words)).filter((v) => v !== '').join(words.separator)
  if (typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${valueText(v, words)}`)
      .join(words.separator)
  }
  return String(value)
}
