import type { FieldError } from '@/api/http'
import type { FormComponent, FormSchema } from './api'

/** A server field error placed on a form field: where form-js shows it and what the list at the top says. */
export interface PlacedError {
  /** the form-js component id (form-js keys its errors by id), null when no field of the form has the key */
  fieldId: string | null
  key: string
  label: string
  message: string
}

function collect(components: FormComponent[] | undefined, into: FormComponent[]): FormComponent[] {
  for (const c of components ?? []) {
    if (c.key) into.push(c)
    collect(c.components, into)
  }
  return into
}

/** The input fields of a schema, nested groups included, as the server's FormValidator sees them. */
export function formFields(schema: FormSchema | null): FormComponent[] {
  return schema ? collect(schema.components, []) : []
}

/**
 * Places the server's field errors ({@code errors[].field} is a form field's key) on the form's
 * components. An error for a key the form does not have keeps its key as label, so it is still
 * listed at the top and never lost.
 */
export function placeErrors(schema: FormSchema | null, errors: FieldError[] | undefined): PlacedError[] {
  const fields = formFields(schema)
  return (errors ?? []).map((e) => {
    const field = fields.find((f) => f.key === e.field)
    return {
      fieldId: field?.id ?? null,
      key: e.field,
      label: field?.label?.trim() || e.field,
      message: e.message,
    }
  })
}

/** form-js's error state: messages by component id. */
export function formJsErrors(placed: PlacedError[]): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const p of placed) {
    if (p.fieldId) (result[p.fieldId] ??= []).push(sentence(p.message))
  }
  return result
}

/** The server words field errors as predicates ("is required"); under a field they read as a sentence. */
export function sentence(message: string): string {
  const m = message.trim()
  if (!m) return m
  return m.charAt(0).toUpperCase() + m.slice(1) + (/[.!?。！？]$/.test(m) ? '' : '.')
}

/** The list at the top of the form: "Deliverable: is required". */
export function summaryLine(p: PlacedError): string {
  return `${p.label}: ${p.message}`
}
