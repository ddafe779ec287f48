import { describe, expect, it } from 'vitest'
import { localizedXml } from './diagramNames'

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
  <bpmn:process id="p" name="Issue escalation"><bpmn:userTask id="TriageIssue" name="Triage issue" /><bpmn:endEvent id="End" /></bpmn:process>
</bpmn:definitions>`

describe('localizedXml', () => {
  it('names each element in the reader’s language and leaves the rest', () => {
    const xml = localizedXml(XML, { p: '问题升级', TriageIssue: '分诊问题', End: '已关闭' })
    expect(xml).toContain('name="分诊问题"')
    expect(xml).toContain('name="问题升级"')
    expect(xml).not.toContain('Triage issue')
    expect(xml).toContain('<bpmn:endEvent id="End"/>')
  })

  it('keeps the model as it is without names', () => {
    expect(localizedXml(XML, {})).toBe(XML)
  })
})
