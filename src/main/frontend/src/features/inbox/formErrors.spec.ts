import { describe, expect, it } from 'vitest'
import type { FormSchema } from './api'
import { formFields, formJsErrors, placeErrors, sentence, summaryLine } from './formErrors'

const schema: FormSchema = {
  components: [
    { id: 'Text_Intro', type: 'text', text: '### Deliver' },
    { id: 'Field_Ref', key: 'deliverableReference', type: 'textfield', label: 'Deliverable (document number or link)' },
    {
      id: 'Group_1',
      type: 'group',
      components: [{ id: 'Field_Note', key: 'deliveryNote', type: 'textarea', label: 'Delivery note' }],
    },
  ],
}

describe('server field errors on a form-js form', () => {
  it('finds every input field, nested groups included, and no text blocks', () => {
    expect(formFields(schema).map((f) => f.key)).toEqual(['deliverableReference', 'deliveryNote'])
    expect(formFields(null)).toEqual([])
  })

  it('places each error on the component with the field key, labelled for the summary', () => {
    const placed = placeErrors(schema, [
      { field: 'deliverableReference', message: 'is required' },
      { field: 'deliveryNote', message: 'must be at most 2000 characters' },
    ])
    expect(placed).toEqual([
      { fieldId: 'Field_Ref', key: 'deliverableReference', label: 'Deliverable (document number or link)', message: 'is required' },
      { fieldId: 'Field_Note', key: 'deliveryNote', label: 'Delivery note', message: 'must be at most 2000 characters' },
    ])
    expect(summaryLine(placed[0])).toBe('Deliverable (document number or link): is required')
  })

  it('keeps an error for a key the form does not have, in the summary only', () => {
    const placed = placeErrors(schema, [{ field: 'sort', message: 'is wrong' }])
    expect(placed[0]).toMatchObject({ fieldId: null, label: 'sort' })
    expect(formJsErrors(placed)).toEqual({})
  })

  it('gives form-js its errors by component id, worded as sentences', () => {
    const placed = placeErrors(schema, [{ field: 'deliverableReference', message: 'is required' }])
    expect(formJsErrors(placed)).toEqual({ Field_Ref: ['Is required.'] })
    expect(sentence('必填。')).toBe('必填。')
    expect(sentence('')).toBe('')
    expect(placeErrors(schema, undefined)).toEqual([])
  })
})
