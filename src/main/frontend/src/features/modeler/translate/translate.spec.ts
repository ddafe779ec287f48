import { describe, expect, it } from 'vitest'
import { translator } from './index'

describe('the modeler in Chinese', () => {
  it('translates the palette, the context pad and the properties panel for a zh-CN designer', () => {
    const zh = translator('zh-CN')
    for (const text of ['Create task', 'Create gateway', 'Append task', 'Delete', 'General', 'Name', 'Candidate groups', 'Names per language', 'Open minimap', 'External task', 'Process', 'User Task', 'Timer Boundary Event (Non Interrupting)']) {
      expect(zh(text), text).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  it('fills placeholders and keeps unknown texts as they are', () => {
    expect(translator('zh-CN')('failed to import {element}', { element: 'Task_1' })).toBe('无法导入 Task_1')
    expect(translator('zh-CN')('Something new')).toBe('Something new')
    expect(translator('en')('Create task')).toBe('Create task')
  })
})
