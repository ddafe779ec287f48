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
  deploy: (bpmnXml: string, forms: NewForm[]) => http.post<ProcessModel>('/api/process-models', { bpmnXml, forms }),
  redeploy: (key: string, version: number) => http.post<ProcessModel>(`/api/process-models/${encodeURIComponent(key)}/versions/${version}/redeploy`),
  forms: () => http.get<FormModel[]>('/api/forms'),
  form: (id: string) => http.get<FormModel>(`/api/forms/${encodeURIComponent(id)}`),
}
