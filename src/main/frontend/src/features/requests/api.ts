import { http } from '@/api/http'
import type { FormComponent, FormData, FormSchema, HistoryStep, ProcessDiagram, ProjectRef } from '@/features/inbox/api'

/** A process the caller may start (GET /api/processes/startable, docs/processes.md). */
export interface StartableProcess {
  key: string
  version: number
  name: string
  names: Record<string, string>
  needsProject: boolean
  startForm: FormSchema | null
}

export type LinkType = 'BUDGET_LINE' | 'SUPPLIER_ORDER'

export interface StartRequest {
  projectId: string | null
  link?: { type: LinkType; id: string }
  data: FormData
}

export interface CurrentStep {
  taskId: string
  name: string | null
  assigneeId: string | null
  assignee: string | null
  candidateGroups: string[]
}

/** An instance the caller started ("my requests"). */
export interface RequestInstance {
  id: string
  processKey: string
  processName: string
  processNames: Record<string, string>
  businessKey: string | null
  projectId: string | null
  startedAt: string
  endedAt: string | null
  state: 'RUNNING' | 'ENDED'
  endActivityId: string | null
  currentSteps: CurrentStep[]
}

const key = (k: string) => encodeURIComponent(k)

export const requestsApi = {
  startable: () => http.get<StartableProcess[]>('/api/processes/startable'),
  start: (processKey: string, body: StartRequest) => http.post<RequestInstance>(`/api/processes/${key(processKey)}/start`, body),
  mine: () => http.get<RequestInstance[]>('/api/processes/instances', { startedBy: 'me' }),
  history: (id: string) => http.get<HistoryStep[]>(`/api/processes/instances/${key(id)}/history`),
  diagram: (id: string) => http.get<ProcessDiagram>(`/api/processes/instances/${key(id)}/diagram`),
  projects: () => http.get<ProjectRef[]>('/api/projects'),
}

/** The process's name in the language: its model's i18n.name.<lang>, else its name. */
export function processName(names: Record<string, string>, fallback: string, language: string): string {
  return names[language] || fallback
}

/**
 * The form in the reader's language: a component's custom properties i18n.label.<lang>,
 * i18n.text.<lang> and i18n.values.<lang> (a JSON object, value → label) replace its English
 * label, text and option labels (forms/README.md).
 */
export function localizedSchema(schema: FormSchema, language: string): FormSchema {
  const localize = (c: FormComponent): FormComponent => {
    const props = (c.properties ?? {}) as Record<string, string>
    const out: FormComponent = { ...c }
    if (props[`i18n.label.${language}`]) out.label = props[`i18n.label.${language}`]
    if (props[`i18n.text.${language}`]) out.text = props[`i18n.text.${language}`]
    const values = props[`i18n.values.${language}`]
    if (values && Array.isArray(c.values)) {
      try {
        const labels = JSON.parse(values) as Record<string, string>
        out.values = (c.values as { label: string; value: string }[]).map((v) => ({ ...v, label: labels[v.value] ?? v.label }))
      } catch {
        // a broken translation keeps the English options
      }
    }
    if (c.components) out.components = c.components.map(localize)
    return out
  }
  return { ...schema, components: schema.components.map(localize) }
}
