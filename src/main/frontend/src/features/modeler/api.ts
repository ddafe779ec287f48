import { http } from '@/api/http'

/** The latest version of one of the tenant's processes, as listed. */
export interface ProcessModelSummary {
  key: string
  name: string | null
  version: number
  deploymentId: string
  deployedAt: string
  deployedBy: string
}

/** One version of a process model with its BPMN XML and the ids of the forms deployed with it. */
export interface ProcessModel extends ProcessModelSummary {
  bpmnXml: string
  formIds: string[]
}

export interface ProcessVersion {
  version: number
  deploymentId: string
  deployedAt: string
  deployedBy: string
}

/** A problem found by the server; elementId null means the whole model (or a form). */
export interface ModelProblem {
  elementId: string | null
  message: string
}

/** An element in the difference between a model and the deployed version, named in the reader's language. */
export interface DiffElement {
  elementId: string
  /** the BPMN element's local name: userTask, sequenceFlow, … */
  type: string
  name: string
  aspects: Array<'NAME' | 'TYPE' | 'CONNECTIONS' | 'SETTINGS'>
}

/** What deploying would change; unchanged: deploying makes no new version. */
export interface ModelDiff {
  key: string | null
  deployedVersion: number | null
  unchanged: boolean
  added: DiffElement[]
  removed: DiffElement[]
  changed: DiffElement[]
  layoutChanged: boolean
  formsAdded: string[]
  formsChanged: string[]
}

/** A deployment's answer: the newest version, and whether nothing changed (then no new version was made). */
export interface DeployedModel extends ProcessModel {
  unchanged: boolean
}

export interface ModelValidation {
  errors: ModelProblem[]
  warnings: ModelProblem[]
}

/** A form-js schema: a JSON object. */
export type FormSchema = { [key: string]: unknown }

export interface FormModel {
  id: string
  deploymentId: string
  deployedAt: string
  schema: FormSchema | null
}

export interface NewForm {
  id: string
  schema: FormSchema
}

export const modelerApi = {
  processes: () => http.get<ProcessModelSummary[]>('/api/process-models'),
  latest: (key: string) => http.get<ProcessModel>(`/api/process-models/${encodeURIComponent(key)}`),
  versions: (key: string) => http.get<ProcessVersion[]>(`/api/process-models/${encodeURIComponent(key)}/versions`),
  version: (key: string, version: number) => http.get<ProcessModel>(`/api/process-models/${encodeURIComponent(key)}/versions/${version}`),
  validate: (bpmnXml: string, forms: NewForm[]) => http.post<ModelValidation>('/api/process-models/validate', { bpmnXml, forms }),
  diff: (bpmnXml: string, forms: NewForm[]) => http.post<ModelDiff>('/api/process-models/diff', { bpmnXml, forms }),
  deploy: (bpmnXml: string, forms: NewForm[]) => http.post<DeployedModel>('/api/process-models', { bpmnXml, forms }),
  redeploy: (key: string, version: number) => http.post<ProcessModel>(`/api/process-models/${encodeURIComponent(key)}/versions/${version}/redeploy`),
  forms: () => http.get<FormModel[]>('/api/forms'),
  form: (id: string) => http.get<FormModel>(`/api/forms/${encodeURIComponent(id)}`),
}
