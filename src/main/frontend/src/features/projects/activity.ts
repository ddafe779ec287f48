// The project activity as sentences in the reader's language (docs/web.md, "Activity in
// sentences"): names instead of ids, labels instead of field keys and enum values. The one place
// that turns an audit entry into words; ActivityList only shows what it returns.
import type { ActivityEntry, JsonValue } from './api'

/** What the sentences are written with: the app's vue-i18n `t`/`te` and its calendar-day format. */
export interface Vocabulary {
  t: (key: string, named?: Record<string, unknown>) => string
  te: (key: string) => boolean
  /** a calendar day (YYYY-MM-DD) as the reader reads it, e.g. "8 Dec 2026" */
  day: (iso: string) => string
}

/** Names of what the entries refer to, from the server (`GET /api/projects/{id}/activity`). */
export interface ActivityNames {
  /** id → name: people, organisations, work items, tickets (number and title), tasks */
  names: Record<string, string>
  /** user id → its organisation, for people outside the host company */
  organisations: Record<string, string>
}

type Change = { from: JsonValue | undefined; to: JsonValue | undefined }

const K = 'projects.activity.say.'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DAY = /^\d{4}-\d{2}-\d{2}$/
/** fields a status change brings along: the status sentence says it all */
const FOLLOW_STATUS = new Set(['actualStart', 'actualEnd', 'progress'])

function changesOf(entry: ActivityEntry): Record<string, Change> {
  const c = entry.changes
  if (!c || typeof c !== 'object' || Array.isArray(c)) return {}
  const result: Record<string, Change> = {}
  for (const [field, value] of Object.entries(c)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && ('from' in value || 'to' in value)) {
      result[field] = { from: value.from ?? undefined, to: value.to ?? undefined }
    } else {
      result[field] = { from: undefined, to: value ?? undefined }
    }
  }
  return result
}

function text(value: JsonValue | undefined): string | null {
  if (value === null || value === undefined || value === '') return null
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null
}

/**
 * The sentences of one entry, the headline first; never empty, never a raw key, id or enum value.
 */
export function sentences(entry: ActivityEntry, known: ActivityNames, v: Vocabulary): string[] {
  const changes = changesOf(entry)
  const say = (key: string, named: Record<string, unknown> = {}) => v.t(K + key, { actor: actor(), ...named })

  function actor(): string {
    if (!entry.actorId) return v.t(K + 'workflow')
    const name = known.names[entry.actorId]
    if (!name) return v.t(K + 'someone')
    const organisation = known.organisations[entry.actorId]
    return organisation ? v.t(K + 'outsider', { name, organisation }) : name
  }

  /** a person, organisation, work item or ticket named by id; a name nobody gave reads as "someone" */
  function named(value: JsonValue | undefined, fallback = 'someoneElse'): string {
    const id = text(value)
    if (!id) return v.t(K + fallback)
    return known.names[id] ?? (UUID.test(id) ? v.t(K + fallback) : id)
  }

  /** an enum value through its label, else a neutral word: never the raw value */
  function label(prefix: string, value: JsonValue | undefined): string {
    const key = text(value)
    if (!key) return v.t(K + 'none')
    return v.te(`${prefix}.${key}`) ? v.t(`${prefix}.${key}`) : v.t(K + 'otherState')
  }

  function day(value: JsonValue | undefined): string {
    const d = text(value)
    return d && DAY.test(d) ? v.day(d) : v.t(K + 'noDate')
  }

  const objectName = (fallback: string) => known.names[entry.objectId] ?? v.t(K + fallback)

  switch (entry.objectType) {
    case 'WORK_ITEM':
      return workItem()
    case 'TICKET':
      return ticket()
    case 'TASK':
      return task()
    case 'PARTICIPANT':
    case 'MEMBER': {
      const who = named(entry.objectId)
      const role = label('projects.team.roles', changes.role?.to)
      return [entry.action === 'REMOVED' ? say('member.removed', { who }) : say('member.joined', { who, role })]
    }
    case 'DOCUMENT': {
      const name = text(changes.name?.to) ?? v.t(K + 'aDocument')
      const version = text(changes.version?.to)
      const key = { CREATED: 'created', VERSION_ADDED: 'version', RESTORED: 'restored', SHARED: 'shared', DELETED: 'deleted' }[entry.action]
      return [say(`document.${key ?? 'changed'}`, { name, version })]
    }
    case 'PAGE': {
      const title = text(changes.title?.to) ?? v.t(K + 'aPage')
      return [say(entry.action === 'CREATED' ? 'page.created' : 'page.saved', { title, version: text(changes.version?.to) })]
    }
    case 'DEPENDENCY': {
      const item = objectName('anItem')
      const predecessor = named(changes.predecessorId?.to ?? changes.predecessorId?.from, 'anItem')
      return [say(entry.action === 'REMOVED' ? 'dependency.removed' : 'dependency.added', { item, predecessor })]
    }
    case 'BUDGET_LINE': {
      const category = text(changes.category?.to) ?? text(changes.category?.from)
      if (entry.action === 'CREATED') return [say('budget.created', { category: category ?? v.t(K + 'aBudgetLine') })]
      return [category ? say('budget.updated', { category }) : say('budget.changed')]
    }
    case 'PLAN':
      if (entry.action === 'BASELINE_SAVED') return [say('baseline', { count: text(changes.itemCount?.to) ?? '0' })]
      return [say('changedPlan')]
    default: {
      const objectKey = `projects.activity.object.${entry.objectType}`
      return [say('unknown', { object: v.te(objectKey) ? v.t(objectKey) : v.t(K + 'something') })]
    }
  }

  function workItem(): string[] {
    const item = known.names[entry.objectId] ?? text(changes.title?.to) ?? text(changes.title?.from) ?? v.t(K + 'anItem')
    switch (entry.action) {
      case 'CREATED':
        return [say('item.created', { item })]
      case 'HANDOFF':
        return [handoff(item)]
      case 'ACCEPTANCE':
        return [say(text(changes.acceptance?.to) === 'ACCEPTED' ? 'item.accepted' : 'item.refused', { item })]
      case 'FLAG': {
        const reason = text(changes.flagReason?.to)
        if (reason) return [say('item.flagged', { item, reason })]
        const why = text(changes.flagCleared?.to)
        return [why ? say('item.unflaggedBecause', { item, reason: why }) : say('item.unflagged', { item })]
      }
      case 'UPDATED':
        return updated(item)
      default:
        return [say('item.changed', { item })]
    }
  }

  function handoff(item: string): string {
    const status = text(changes.handoffStatus?.to)
    const partner = named(changes.partnerOrganisationId?.to, 'aPartner')
    switch (status) {
      case 'OFFERED':
        return say('handoff.offered', { item, partner })
      case 'ACCEPTED':
      case 'DECLINED':
      case 'DELIVERED':
      case 'REWORK':
      case 'APPROVED':
        return say(`handoff.${status.toLowerCase()}`, { item, partner })
      default:
        return say('handoff.changed', { item })
    }
  }

  function updated(item: string): string[] {
    const result: string[] = []
    const statusMoved = 'status' in changes
    for (const [field, change] of Object.entries(changes)) {
      if (statusMoved && FOLLOW_STATUS.has(field)) continue
      const line = fieldSentence(item, field, change)
      if (line) result.push(line)
    }
    return result.length ? result : [say('item.changed', { item })]
  }

  function fieldSentence(item: string, field: string, c: Change): string | null {
    switch (field) {
      case 'status':
        return say('item.status', { item, from: label('projects.status', c.from), to: label('projects.status', c.to) })
      case 'title':
        return say('item.renamed', { from: text(c.from) ?? item, to: text(c.to) ?? item })
      case 'description':
        return say('item.description', { item })
      case 'plannedStart':
      case 'plannedEnd':
      case 'actualStart':
      case 'actualEnd':
      case 'baselineStart':
      case 'baselineEnd':
        return text(c.to) ? say(`item.${field}`, { item, to: day(c.to) }) : say(`item.${field}Cleared`, { item })
      case 'assigneeUserId':
      case 'assigneeOrganisationId':
        return text(c.to) ? say('item.assigned', { item, to: named(c.to) }) : say('item.unassigned', { item, from: named(c.from) })
      case 'progress':
        return say('item.progress', { item, to: text(c.to) ?? '0' })
      case 'milestone':
        return say(c.to === true ? 'item.milestone' : 'item.notMilestone', { item })
      case 'priority':
        return say('item.priority', { item, to: label('priority', c.to) })
      case 'order':
        return say('item.reordered', { item })
      case 'flagReason':
        return text(c.to) ? say('item.flagged', { item, reason: text(c.to) }) : say('item.unflagged', { item })
      case 'handoffStatus':
        return handoff(item)
      default:
        return null
    }
  }

  function ticket(): string[] {
    const name = objectName('aTicket')
    if (entry.action === 'RAISED') {
      return [say('ticket.raised', { ticket: name, type: label('projects.tickets.type', changes.type?.to) })]
    }
    if (entry.action === 'STAGE_CHANGED') {
      const stage = (value: JsonValue | undefined) => label('projects.tickets.stage', value)
      return [say('ticket.stage', { ticket: name, from: stage(changes.stage?.from), to: stage(changes.stage?.to) })]
    }
    return [say('ticket.changed', { ticket: name })]
  }

  function task(): string[] {
    const name = known.names[entry.objectId] ?? v.t(K + 'aTask')
    switch (entry.action) {
      case 'CREATED':
        return [say('task.created', { task: name })]
      case 'ASSIGNED': {
        const to = text(changes.assignee?.to)
        if (!to) return [say('task.released', { task: name })]
        if (to === entry.actorId) return [say('task.claimed', { task: name })]
        return [say('task.assigned', { task: name, to: named(to) })]
      }
      case 'COMPLETED':
        return [say('task.completed', { task: name })]
      case 'DELETED':
        return [v.t(K + 'task.cancelled', { task: name })]
      default:
        return [say('task.changed', { task: name })]
    }
  }
}
