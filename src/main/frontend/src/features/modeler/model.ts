import type { ProblemDetail } from '@/api/http'
import type { FormSchema, ModelValidation } from './api'

export type Severity = 'error' | 'warning'

/** One line of the problems panel: elementId null is about the whole model or a form. */
export interface Problem {
  severity: Severity
  elementId: string | null
  message: string
}

/** The server's validation answer as one list, errors first. */
export function problemsOfValidation(validation: ModelValidation): Problem[] {
  return [
    ...validation.errors.map((p) => ({ severity: 'error' as const, elementId: p.elementId || null, message: p.message })),
    ...validation.warnings.map((p) => ({ severity: 'warning' as const, elementId: p.elementId || null, message: p.message })),
  ]
}

/** What validate's summary says, in agreement with the problems panel: warnings are not "no problems". */
export function summaryOf(validation: ModelValidation): { kind: 'clean' | 'warnings' | 'errors'; errors: number; warnings: number } {
  const errors = validation.errors.length
  const warnings = validation.warnings.length
  return { kind: errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean', errors, warnings }
}

/**
 * The errors of a refused deployment (400 ProblemDetail): each field error's `field` is the element
 * id, `model` meaning the whole model. Without field errors the detail itself is the one problem.
 */
export function problemsOfRefusal(problem: ProblemDetail): Problem[] {
  const errors = problem.errors ?? []
  if (errors.length === 0) return [{ severity: 'error', elementId: null, message: problem.detail || problem.title || `HTTP ${problem.status}` }]
  return errors.map((e) => ({ severity: 'error', elementId: e.field && e.field !== 'model' ? e.field : null, message: e.message }))
}

/** Which elements to mark on the diagram and how: an element with an error and a warning counts as an error. */
export function markersOf(problems: Problem[], exists: (elementId: string) => boolean): Map<string, Severity> {
  const markers = new Map<string, Severity>()
  for (const p of problems) {
    if (!p.elementId || !exists(p.elementId)) continue
    if (p.severity === 'error' || !markers.has(p.elementId)) markers.set(p.elementId, p.severity)
  }
  return markers
}

const BPMN = 'http://www.omg.org/spec/BPMN/20100524/MODEL'
const CAMUNDA = 'http://camunda.org/schema/1.0/bpmn'

function parse(xml: string): Document | null {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  return doc.getElementsByTagName('parsererror').length > 0 ? null : doc
}

/** The id and name of the (first) process of a BPMN model: its key when deployed. */
export function processOf(xml: string): { key: string; name: string | null } | null {
  const process = parse(xml)?.getElementsByTagNameNS(BPMN, 'process')[0]
  const key = process?.getAttribute('id')
  return process && key ? { key, name: process.getAttribute('name') } : null
}

/** The form ids the model's user tasks and start events reference through camunda:formRef, in order, once each. */
export function formRefsOf(xml: string): string[] {
  const doc = parse(xml)
  if (!doc) return []
  const refs = new Set<string>()
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const ref = element.getAttributeNS(CAMUNDA, 'formRef')
    if (ref && /^[\w.-]+$/.test(ref)) refs.add(ref)
  }
  return [...refs]
}

/** A process key from what a person typed as the name: lower-case words joined by dashes. */
export function keyFromName(name: string): string {
  const key = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  return /^[a-z]/.test(key) ? key : `process-${key || Date.now().toString(36)}`
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** A new executable process: a start event, one user task for the project's managers, an end event, with its diagram. */
export function blankProcess(key: string, name: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="${BPMN}" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
  xmlns:camunda="${CAMUNDA}" id="Definitions_${escapeXml(key)}" targetNamespace="http://crossflow.io/processes">
  <bpmn:process id="${escapeXml(key)}" name="${escapeXml(name)}" isExecutable="true" camunda:historyTimeToLive="P180D">
    <bpmn:startEvent id="Start" name="Started">
      <bpmn:outgoing>Flow_1</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Review" />
    <bpmn:userTask id="Review" name="Review" camunda:candidateGroups="project:\${projectId}:MANAGER">
      <bpmn:incoming>Flow_1</bpmn:incoming>
      <bpmn:outgoing>Flow_2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:sequenceFlow id="Flow_2" sourceRef="Review" targetRef="End" />
    <bpmn:endEvent id="End" name="Done">
      <bpmn:incoming>Flow_2</bpmn:incoming>
    </bpmn:endEvent>
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_1">
    <bpmndi:BPMNPlane id="Plane_1" bpmnElement="${escapeXml(key)}">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="Review_di" bpmnElement="Review"><dc:Bounds x="250" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="412" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="250" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="350" y="120" /><di:waypoint x="412" y="120" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`
}

/** An empty form-js form with the given id. */
export function blankForm(id: string): FormSchema {
  return { id, type: 'default', schemaVersion: 16, components: [] }
}

/** A form id is letters, digits, `-`, `_` and `.` (what the server accepts). */
export function isFormId(id: string): boolean {
  return /^[A-Za-z0-9][\w.-]*$/.test(id)
}
