// A properties-panel group "Names per language" for processes, flow elements and flows: one text
// field per language, writing the camunda:property entries i18n.name.zh-CN / i18n.name.en.
import { TextFieldEntry, isTextFieldEntryEdited } from '@bpmn-io/properties-panel'
import { h } from '@bpmn-io/properties-panel/preact'
import { useService } from 'bpmn-js-properties-panel'
import type { BpmnFactory, Modeling, ModdleElement } from './model'
import { NAME_LANGUAGES, readName, writeName } from './model'

interface PanelElement {
  id: string
  businessObject: ModdleElement & { $instanceOf(type: string): boolean }
}

interface Group {
  id: string
  label: string
  entries: { id: string; component: unknown; element: PanelElement; isEdited: unknown; tag: string }[]
}

type Translate = (text: string) => string

const LABELS: Record<(typeof NAME_LANGUAGES)[number], string> = { 'zh-CN': 'Name (Chinese)', en: 'Name (English)' }

function NameEntry(props: { id: string; element: PanelElement; tag: (typeof NAME_LANGUAGES)[number] }) {
  const { element, id, tag } = props
  const translate = useService('translate') as Translate
  const debounce = useService('debounceInput') as unknown
  const factory = useService('bpmnFactory') as BpmnFactory
  const modeling = useService('modeling') as Modeling
  return h(TextFieldEntry, {
    element,
    id,
    label: translate(LABELS[tag]),
    debounce,
    getValue: () => readName(element.businessObject, tag),
    setValue: (value: string) => writeName(element, element.businessObject, tag, value ?? '', factory, modeling),
  })
}

function named(element: PanelElement): boolean {
  const bo = element.businessObject
  return !!bo && ['bpmn:Process', 'bpmn:FlowNode', 'bpmn:SequenceFlow'].some((type) => bo.$instanceOf(type))
}

export default class NamesPropertiesProvider {
  static $inject = ['propertiesPanel', 'translate']

  private readonly translate: Translate

  constructor(propertiesPanel: { registerProvider(priority: number, provider: unknown): void }, translate: Translate) {
    this.translate = translate
    propertiesPanel.registerProvider(400, this)
  }

  getGroups(element: PanelElement) {
    return (groups: Group[]) => {
      if (!named(element)) return groups
      const group: Group = {
        id: 'cf-names',
        label: this.translate('Names per language'),
        entries: NAME_LANGUAGES.map((tag) => ({ id: `cf-name-${tag}`, component: NameEntry, element, isEdited: isTextFieldEntryEdited, tag })),
      }
      const general = groups.findIndex((g) => g.id === 'general')
      groups.splice(general < 0 ? 0 : general + 1, 0, group)
      return groups
    }
  }
}

export const namesPropertiesModule = {
  __init__: ['crossflowNamesProvider'],
  crossflowNamesProvider: ['type', NamesPropertiesProvider],
}
