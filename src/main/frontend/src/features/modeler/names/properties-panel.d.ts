// The few exports of the properties-panel libraries the names group uses (they ship no types).
declare module '@bpmn-io/properties-panel' {
  export const TextFieldEntry: unknown
  export function isTextFieldEntryEdited(node: unknown): boolean
}
declare module '@bpmn-io/properties-panel/preact' {
  export function h(type: unknown, props: Record<string, unknown>): unknown
}
declare module 'bpmn-js-properties-panel' {
  export function useService(name: string): unknown
}
