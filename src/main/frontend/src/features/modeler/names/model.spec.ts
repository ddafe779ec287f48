import { describe, expect, it } from 'vitest'
import type { ModdleElement } from './model'
import { readName, writeName } from './model'

function el($type: string, attrs: Record<string, unknown> = {}): ModdleElement {
  const e: ModdleElement = { $type, ...attrs, get: (name: string) => e[name] } as ModdleElement
  return e
}

const factory = { create: (type: string, attrs: Record<string, unknown> = {}) => el(type, attrs) }
const modeling = {
  updateModdleProperties: (_: unknown, target: ModdleElement, props: Record<string, unknown>) => Object.assign(target, props),
}

describe('names per language in the properties panel', () => {
  it('writes camunda:property i18n.name.<tag> entries, creating the extension elements once', () => {
    const task = el('bpmn:UserTask', { name: 'Review' })
    writeName({}, task, 'zh-CN', ' 审核 ', factory, modeling)
    writeName({}, task, 'en', 'Review', factory, modeling)
    expect(readName(task, 'zh-CN')).toBe('审核')
    expect(readName(task, 'en')).toBe('Review')
    const extensions = task.get('extensionElements') as ModdleElement
    expect((extensions.get('values') as ModdleElement[]).map((v) => v.$type)).toEqual(['camunda:Properties'])
    writeName({}, task, 'zh-CN', '审核交付', factory, modeling)
    expect(readName(task, 'zh-CN')).toBe('审核交付')
  })

  it('removes the entry when the field is cleared', () => {
    const task = el('bpmn:UserTask')
    writeName({}, task, 'zh-CN', '审核', factory, modeling)
    writeName({}, task, 'zh-CN', '', factory, modeling)
    expect(readName(task, 'zh-CN')).toBe('')
  })
})
