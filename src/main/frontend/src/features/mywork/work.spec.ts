import { describe, expect, it } from 'vitest'
import type { MyWorkItem } from './api'
import { dueCounts, groupByProject, myWorkRows, workItemRoute } from './work'

const item = (id: string, project: string, plannedEnd: string | null, extra: Partial<MyWorkItem> = {}): MyWorkItem => ({
  id, projectId: project, projectName: project === 'p1' ? 'Gearbox Housing Line' : 'Assembly Line', projectKey: null, title: id,
  status: 'TODO', priority: 'NORMAL', plannedStart: null, plannedEnd, milestone: false, handoffStatus: null, assignedToMe: true,
  taskId: null, ...extra,
})

const items = [
  item('Castings', 'p1', '2026-12-20'),
  item('Drawings', 'p1', '2026-12-03'),
  item('Undated', 'p2', null),
  item('Wiring', 'p2', '2026-12-04'),
]

describe('my work', () => {
  it('lists the soonest planned end first, undated last, with due states of the reader\'s day', () => {
    const rows = myWorkRows(items, '2026-12-04')
    expect(rows.map((r) => r.id)).toEqual(['Drawings', 'Wiring', 'Castings', 'Undated'])
    expect(rows.map((r) => r.due)).toEqual(['overdue', 'today', 'later', 'none'])
    expect(dueCounts(rows)).toEqual({ overdue: 1, today: 1 })
  })

  it('groups by project name, each group soonest first', () => {
    const groups = groupByProject(myWorkRows(items, '2026-12-04'))
    expect(groups.map((g) => g.projectName)).toEqual(['Assembly Line', 'Gearbox Housing Line'])
    expect(groups[1].rows.map((r) => r.id)).toEqual(['Drawings', 'Castings'])
  })

  it('opens a row as the work item\'s drawer in its project', () => {
    expect(workItemRoute(items[0])).toEqual({ path: '/projects/p1', query: { workItem: 'Castings' } })
  })
})
