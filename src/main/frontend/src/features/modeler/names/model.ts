/** Reading and writing an element's names per language: `camunda:property name="i18n.name.<tag>"` (docs/modeler.md). */

export const NAME_PREFIX = 'i18n.name.'
export const NAME_LANGUAGES = ['zh-CN', 'en'] as const

export interface ModdleElement {
  $type: string
  $parent?: ModdleElement
  get(name: string): unknown
  [key: string]: unknown
}

export interface BpmnFactory {
  create(type: string, attrs?: Record<string, unknown>): ModdleElement
}

export interface Modeling {
  updateModdleProperties(element: unknown, target: ModdleElement, properties: Record<string, unknown>): void
}

function values(target: ModdleElement | undefined): ModdleElement[] {
  return ((target?.get('values') as ModdleElement[] | undefined) ?? [])
}

function propertiesOf(bo: ModdleElement): ModdleElement | undefined {
  return values(bo.get('extensionElements') as ModdleElement | undefined).find((v) => v.$type === 'camunda:Properties')
}

function propertyOf(bo: ModdleElement, tag: string): ModdleElement | undefined {
  return values(propertiesOf(bo)).find((p) => p.get('name') === NAME_PREFIX + tag)
}

/** The element's name in `tag`, '' if it has none. */
export function readName(bo: ModdleElement, tag: string): string {
  return (propertyOf(bo, tag)?.get('value') as string | undefined) ?? ''
}

/** Sets (or, when empty, removes) the element's name in `tag`, as undoable modeling commands. */
export function writeName(element: unknown, bo: ModdleElement, tag: string, value: string, factory: BpmnFactory, modeling: Modeling): void {
  const text = value.trim()
  const existing = propertyOf(bo, tag)
  if (existing) {
    const properties = existing.$parent as ModdleElement
    if (text) modeling.updateModdleProperties(element, existing, { value: text })
    else modeling.updateModdleProperties(element, properties, { values: values(properties).filter((p) => p !== existing) })
    return
  }
  if (!text) return
  let extensions = bo.get('extensionElements') as ModdleElement | undefined
  if (!extensions) {
    extensions = factory.create('bpmn:ExtensionElements', { values: [] })
    extensions.$parent = bo
    modeling.updateModdleProperties(element, bo, { extensionElements: extensions })
  }
  let properties = propertiesOf(bo)
  if (!properties) {
    properties = factory.create('camunda:Properties', { values: [] })
    properties.$parent = extensions
    modeling.updateModdleProperties(element, extensions, { values: [...values(extensions), properties] })
  }
  const property = factory.create('camunda:Property', { name: NAME_PREFIX + tag, value: text })
  property.$parent = properties
  modeling.updateModdleProperties(element, properties, { values: [...values(properties), property] })
}
