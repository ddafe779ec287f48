import { describe, expect, it } from 'vitest'
import { createI18n } from 'vue-i18n'
import common from '@/i18n/common'
import projects from './messages'
import type { ActivityEntry, JsonValue } from './api'
import { sentences, type ActivityNames, type Vocabulary } from './activity'

const SAM = '11111111-1111-4111-8111-111111111111'
const WANG = '22222222-2222-4222-8222-222222222222'
const PRECISION = '33333333-3333-4333-8333-333333333333'
const ITEM = '44444444-4444-4444-8444-444444444444'
const OTHER = '55555555-5555-4555-8555-555555555555'
const TICKET = '66666666-6666-4666-8666-666666666666'
const TASK = 'task-1'

const known: ActivityNames = {
  names: {
    [SAM]: 'Sam Supplier A', [WANG]: 'Wang Li', [PRECISION]: 'Precision Parts Ltd', [ITEM]: 'Machined housings',
    [OTHER]: 'Design review', [TICKET]: 'PRJ-1-CR-7 Gearbox noise', [TASK]: 'Accept work package',
  },
  organisations: { [SAM]: 'Precision Parts Ltd' },
}

function vocabulary(locale: 'en' | 'zh-CN'): Vocabulary {
  const i18n = createI18n({
    legacy: false,
    locale,
    messages: {
      en: { ...common.en, ...projects.en },
      'zh-CN': { ...common['zh-CN'], ...projects['zh-CN'] },
    },
    missingWarn: false,
    fallbackWarn: false,
  })
  const g = i18n.global
  return {
    t: (key, named) => (named ? g.t(key, named) : g.t(key)),
    te: (key) => g.te(key),
    day: (iso) => `day(${iso})`,
  }
}

const en = vocabulary('en')
const zh = vocabulary('zh-CN')

let id = 0
function entry(objectType: string, action: string, changes: Record<string, JsonValue>, actorId: string | null = WANG, objectId = ITEM): ActivityEntry {
  return { id: ++id, objectType, objectId, action, actorId, at: '2026-12-04T08:00:00Z', changes }
}
const change = (from: JsonValue, to: JsonValue) => ({ from, to })

/** no raw key, no id, no enum value left in the words */
function readsAsWords(lines: string[]) {
  for (const line of lines) {
    expect(line).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/)
    expect(line).not.toMatch(/\b[A-Z]{2,}_[A-Z_]+\b|\bprojects\.|\bIN_PROGRESS\b|\bDONE\b|\bOFFERED\b/)
    expect(line).not.toMatch(/\{\w+\}/)
  }
}

describe('the activity in sentences', () => {
  it('names the partner who accepted a hand-off, with the organisation, in both languages', () => {
    const accepted = entry('WORK_ITEM', 'HANDOFF', { handoffStatus: change('OFFERED', 'ACCEPTED'), status: change('TODO', 'IN_PROGRESS') }, SAM)
    expect(sentences(accepted, known, en)).toEqual(['Sam Supplier A (Precision Parts Ltd) accepted the hand-off of \'Machined housings\''])
    expect(sentences(accepted, known, zh)).toEqual(['Precision Parts Ltd 的 Sam Supplier A 接受了「Machined housings」的交接'])
  })

  it('says who a work item was handed off to, and every later step of the hand-off', () => {
    const offered = entry('WORK_ITEM', 'HANDOFF', { handoffStatus: change(null, 'OFFERED'), partnerOrganisationId: change(null, PRECISION) })
    expect(sentences(offered, known, en)).toEqual(['Wang Li handed \'Machined housings\' off to Precision Parts Ltd'])
    expect(sentences(offered, known, zh)).toEqual(['Wang Li 将「Machined housings」移交给 Precision Parts Ltd'])
    const steps = { DECLINED: 'declined the hand-off of', DELIVERED: 'delivered', REWORK: 'asked for rework on', APPROVED: 'approved the delivery of' }
    for (const [status, words] of Object.entries(steps)) {
      const [line] = sentences(entry('WORK_ITEM', 'HANDOFF', { handoffStatus: change('ACCEPTED', status) }, SAM), known, en)
      expect(line).toContain(words)
      readsAsWords([line])
    }
    expect(sentences(entry('WORK_ITEM', 'HANDOFF', { handoffStatus: change(null, 'OFFERED') }, null), known, en))
      .toEqual(['The workflow handed \'Machined housings\' off to a partner'])
  })

  it('reads a status change with the statuses\' names and a moved end with the day', () => {
    const moved = entry('WORK_ITEM', 'UPDATED', { status: change('IN_PROGRESS', 'DONE'), progress: change(40, 100), actualEnd: change(null, '2026-12-04') })
    expect(sentences(moved, known, en)).toEqual(['Wang Li moved \'Machined housings\' from In progress to Done'])
    expect(sentences(moved, known, zh)).toEqual(['Wang Li 将「Machined housings」从进行中移到已完成'])
    const end = entry('WORK_ITEM', 'UPDATED', { plannedEnd: change('2026-12-01', '2026-12-08') })
    expect(sentences(end, known, en)).toEqual(['Wang Li moved the end of \'Machined housings\' to day(2026-12-08)'])
    expect(sentences(end, known, zh)).toEqual(['Wang Li 将「Machined housings」的结束日期改为 day(2026-12-08)'])
  })

  it('writes one sentence per changed field and names assignees', () => {
    const lines = sentences(entry('WORK_ITEM', 'UPDATED', {
      title: change('Housings', 'Machined housings'), assigneeOrganisationId: change(null, PRECISION), priority: change('NORMAL', 'URGENT'),
      milestone: change(false, true), description: change('a', 'b'), order: change(1, 2),
    }), known, en)
    expect(lines).toEqual([
      'Wang Li renamed \'Housings\' to \'Machined housings\'',
      'Wang Li assigned \'Machined housings\' to Precision Parts Ltd',
      'Wang Li set the priority of \'Machined housings\' to Urgent',
      'Wang Li made \'Machined housings\' a milestone',
      'Wang Li changed the description of \'Machined housings\'',
      'Wang Li moved \'Machined housings\' to another place in the plan',
    ])
    readsAsWords(sentences(entry('WORK_ITEM', 'UPDATED', { assigneeUserId: change(SAM, null) }), known, zh))
  })

  it('reads creation, acceptance and flags of work items', () => {
    expect(sentences(entry('WORK_ITEM', 'CREATED', { title: change(null, 'Machined housings') }), known, en)).toEqual(['Wang Li created \'Machined housings\''])
    expect(sentences(entry('WORK_ITEM', 'ACCEPTANCE', { acceptance: change(null, 'REFUSED') }), known, zh)).toEqual(['Wang Li 拒收了「Machined housings」的交付'])
    expect(sentences(entry('WORK_ITEM', 'FLAG', { flagReason: change(null, 'No material') }), known, en)).toEqual(['Wang Li flagged \'Machined housings\' as blocked: No material'])
    expect(sentences(entry('WORK_ITEM', 'FLAG', { flagReason: change('No material', null), flagCleared: change(null, 'Arrived') }), known, en))
      .toEqual(['Wang Li cleared the flag on \'Machined housings\': Arrived'])
  })

  it('reads tickets by number and title, with stage names', () => {
    const raised = entry('TICKET', 'RAISED', { number: change(null, 'PRJ-1-CR-7'), type: change(null, 'CHANGE_REQUEST'), stage: change(null, 'TRIAGE') }, SAM, TICKET)
    expect(sentences(raised, known, en)).toEqual(['Sam Supplier A (Precision Parts Ltd) raised \'PRJ-1-CR-7 Gearbox noise\' (Change request)'])
    expect(sentences(raised, known, zh)).toEqual(['Precision Parts Ltd 的 Sam Supplier A 提交了变更申请「PRJ-1-CR-7 Gearbox noise」'])
    const staged = entry('TICKET', 'STAGE_CHANGED', { stage: change('TRIAGE', 'IMPACT_ASSESSMENT') }, null, TICKET)
    expect(sentences(staged, known, en)).toEqual(['The workflow moved \'PRJ-1-CR-7 Gearbox noise\' from Triage to Impact assessment'])
  })

  it('reads tasks by their name in the reader\'s language', () => {
    const task = (action: string, changes: Record<string, JsonValue>, actor: string | null) => sentences(entry('TASK', action, changes, actor, TASK), known, en)[0]
    expect(task('CREATED', { name: change(null, 'Accept work package') }, null)).toBe('The workflow opened the task \'Accept work package\'')
    expect(task('ASSIGNED', { assignee: change(null, SAM) }, SAM)).toBe('Sam Supplier A (Precision Parts Ltd) took on the task \'Accept work package\'')
    expect(task('ASSIGNED', { assignee: change(null, SAM) }, WANG)).toBe('Wang Li gave the task \'Accept work package\' to Sam Supplier A')
    expect(task('ASSIGNED', { assignee: change(SAM, null) }, SAM)).toContain('back in the queue')
    expect(task('COMPLETED', { status: change('OPEN', 'COMPLETED') }, SAM)).toBe('Sam Supplier A (Precision Parts Ltd) completed the task \'Accept work package\'')
    expect(task('DELETED', { status: change('OPEN', 'DELETED') }, null)).toBe('The task \'Accept work package\' was withdrawn')
  })

  it('reads membership, documents, pages, dependencies, budget lines and baselines', () => {
    expect(sentences(entry('PARTICIPANT', 'ROLE_SET', { role: change(null, 'SUPPLIER') }, WANG, PRECISION), known, en)).toEqual(['Wang Li added Precision Parts Ltd to the project as Supplier'])
    expect(sentences(entry('MEMBER', 'REMOVED', { role: change(null, 'REMOVED') }, WANG, SAM), known, zh)).toEqual(['Wang Li 将 Sam Supplier A 移出了项目'])
    expect(sentences(entry('DOCUMENT', 'VERSION_ADDED', { name: change(null, 'drawing.pdf'), version: change(null, 2) }), known, en)).toEqual(['Wang Li uploaded version 2 of \'drawing.pdf\''])
    expect(sentences(entry('PAGE', 'SAVED', { title: change(null, 'Kick-off notes'), version: change(1, 2) }), known, en)).toEqual(['Wang Li saved version 2 of the page \'Kick-off notes\''])
    expect(sentences(entry('DEPENDENCY', 'ADDED', { predecessorId: change(null, OTHER) }), known, en)).toEqual(['Wang Li made \'Machined housings\' wait for \'Design review\''])
    expect(sentences(entry('BUDGET_LINE', 'CREATED', { category: change(null, 'Tooling'), currency: change(null, 'EUR') }, WANG, OTHER), known, en)).toEqual(['Wang Li added the budget line \'Tooling\''])
    expect(sentences(entry('BUDGET_LINE', 'UPDATED', { actual: change(0, 300) }, WANG, OTHER), known, en)).toEqual(['Wang Li changed a budget line'])
    expect(sentences(entry('PLAN', 'BASELINE_SAVED', { itemCount: change(null, 4) }, WANG, 'p'), known, zh)).toEqual(['Wang Li 为 4 个工作项保存了基线'])
  })

  it('still reads as a sentence for kinds, actions, fields and values it does not know', () => {
    const lines = [
      ...sentences(entry('INVOICE', 'PAID', { amount: change(1, 2) }), known, en),
      ...sentences(entry('WORK_ITEM', 'ARCHIVED', {}), known, en),
      ...sentences(entry('WORK_ITEM', 'UPDATED', { colour: change('red', 'blue') }), known, en),
      ...sentences(entry('WORK_ITEM', 'UPDATED', { status: change('IN_PROGRESS', 'ON_HOLD') }), known, zh),
      ...sentences(entry('TICKET', 'STAGE_CHANGED', { stage: change('TRIAGE', 'SOMEWHERE_NEW') }, null, TICKET), known, en),
    ]
    expect(lines).toEqual([
      'Wang Li changed something',
      'Wang Li changed \'Machined housings\'',
      'Wang Li changed \'Machined housings\'',
      'Wang Li 将「Machined housings」从进行中移到其他状态',
      'The workflow moved \'PRJ-1-CR-7 Gearbox noise\' from Triage to another state',
    ])
    readsAsWords(lines)
  })

  it('never shows an id for what it cannot name', () => {
    const stranger = '77777777-7777-4777-8777-777777777777'
    const lines = sentences(entry('WORK_ITEM', 'UPDATED', { assigneeUserId: change(null, stranger) }, stranger, stranger), known, en)
    expect(lines).toEqual(['Someone assigned \'a work item\' to someone'])
  })
})
