import { describe, expect, it } from 'vitest'
import { blankProcess, formRefsOf, isFormId, keyFromName, markersOf, problemsOfRefusal, problemsOfValidation, processOf, summaryOf } from './model'

describe('the validation summary', () => {
  it('agrees with the panel: warnings alone are not a clean model, errors come first', () => {
    const problem = { elementId: 'Review', message: 'x' }
    expect(summaryOf({ errors: [], warnings: [] }).kind).toBe('clean')
    expect(summaryOf({ errors: [], warnings: [problem, problem] })).toEqual({ kind: 'warnings', errors: 0, warnings: 2 })
    expect(summaryOf({ errors: [problem], warnings: [problem] })).toEqual({ kind: 'errors', errors: 1, warnings: 1 })
  })
})

describe('problems', () => {
  it('lists errors before warnings and treats an empty element id as the whole model', () => {
    const problems = problemsOfValidation({
      errors: [{ elementId: 'Task_Script', message: 'Scripts are not allowed' }],
      warnings: [{ elementId: '', message: 'The process has no name' }, { elementId: 'Review', message: 'No form' }],
    })
    expect(problems).toEqual([
      { severity: 'error', elementId: 'Task_Script', message: 'Scripts are not allowed' },
      { severity: 'warning', elementId: null, message: 'The process has no name' },
      { severity: 'warning', elementId: 'Review', message: 'No form' },
    ])
  })

  it('reads a refused deployment: field is the element id, model is the whole model', () => {
    const problems = problemsOfRefusal({
      status: 400,
      detail: 'The model has errors',
      errors: [{ field: 'Task_Script', message: 'No scripts' }, { field: 'model', message: 'Not executable' }],
    })
    expect(problems.map((p) => p.elementId)).toEqual(['Task_Script', null])
    expect(problems.every((p) => p.severity === 'error')).toBe(true)
  })

  it('falls back to the detail when a refusal names no fields', () => {
    expect(problemsOfRefusal({ status: 400, detail: 'Cannot read the XML' })).toEqual([
      { severity: 'error', elementId: null, message: 'Cannot read the XML' },
    ])
  })

  it('marks each known element once, an error winning over a warning', () => {
    const markers = markersOf(
      [
        { severity: 'warning', elementId: 'A', message: 'w' },
        { severity: 'error', elementId: 'A', message: 'e' },
        { severity: 'warning', elementId: 'B', message: 'w' },
        { severity: 'error', elementId: 'B', message: 'e' },
        { severity: 'warning', elementId: 'B', message: 'w2' },
        { severity: 'error', elementId: 'Gone', message: 'e' },
        { severity: 'error', elementId: null, message: 'model' },
      ],
      (id) => id !== 'Gone',
    )
    expect([...markers.entries()]).toEqual([['A', 'error'], ['B', 'error']])
  })
})

describe('reading a model', () => {
  it('finds the process key and name, and the referenced forms once each', () => {
    const xml = blankProcess('my-review', 'My <review>')
      .replace('camunda:candidateGroups', 'camunda:formRef="review-form" camunda:candidateGroups')
    expect(processOf(xml)).toEqual({ key: 'my-review', name: 'My <review>' })
    expect(formRefsOf(xml + '')).toEqual(['review-form'])
  })

  it('answers null and nothing for unreadable XML', () => {
    expect(processOf('<not xml')).toBeNull()
    expect(formRefsOf('<not xml')).toEqual([])
  })

  it('derives keys and checks form ids', () => {
    expect(keyFromName('Supplier Quality Check')).toBe('supplier-quality-check')
    expect(keyFromName('质检')).toMatch(/^process-/)
    expect(isFormId('qc-report.v2')).toBe(true)
    expect(isFormId('qc report')).toBe(false)
  })
})
