import type { FeatureMessages } from '@/i18n/messages'

// the plan's views beside the board (Gantt controls, the work-item list) and "my work" across projects
const messages: FeatureMessages = {
  en: {
    plans: {
      gantt: {
        name: 'Work item', today: 'Today', fit: 'Fit project', milestone: 'Milestone',
        showMilestone: 'Show milestone {name}',
      },
      list: {
        tab: 'List', status: 'Status', priority: 'Priority', assignee: 'Assignee', anyStatus: 'Any status',
        anyPriority: 'Any priority', anyAssignee: 'Anyone', unassigned: 'Unassigned', sortBy: 'Sort by {field}',
        ascending: 'Ascending', descending: 'Descending', empty: 'No work items match.', count: '{shown} of {total} work items',
        due: 'Due',
      },
      due: {
        done: 'Done', overdue: 'Overdue', today: 'Due today', soon: 'Due soon', later: 'Planned', none: 'No end date',
      },
    },
    mywork: {
      nav: 'My work',
      title: 'My work',
      intro: 'Open work items assigned to you, and those your open tasks are about, in all your projects.',
      group: { project: 'By project', due: 'By due date' },
      summary: { overdue: '{count} overdue', today: '{count} due today', total: '{count} open' },
      empty: 'Nothing is waiting for you. Work items assigned to you appear here.',
      end: 'Ends {date}',
      noEnd: 'No planned end',
      assigned: 'Assigned to you',
      task: 'Your task',
      openTask: 'Open task',
      milestone: 'Milestone',
    },
  },
  'zh-CN': {
    plans: {
      gantt: {
        name: '工作项', today: '今天', fit: '显示整个项目', milestone: '里程碑',
        showMilestone: '显示里程碑 {name}',
      },
      list: {
        tab: '列表', status: '状态', priority: '优先级', assignee: '负责方', anyStatus: '全部状态',
        anyPriority: '全部优先级', anyAssignee: '全部负责方', unassigned: '未分配', sortBy: '按{field}排序',
        ascending: '升序', descending: '降序', empty: '没有符合条件的工作项。', count: '显示 {shown} / {total} 个工作项',
        due: '到期',
      },
      due: {
        done: '已完成', overdue: '已逾期', today: '今天到期', soon: '即将到期', later: '按计划', none: '无结束日期',
      },
    },
    mywork: {
      nav: '我的工作',
      title: '我的工作',
      intro: '您所有项目中分配给您的、以及您的待办任务所涉及的未完成工作项。',
      group: { project: '按项目', due: '按到期日' },
      summary: { overdue: '{count} 项已逾期', today: '{count} 项今天到期', total: '共 {count} 项未完成' },
      empty: '目前没有等您处理的工作。分配给您的工作项会显示在这里。',
      end: '{date} 结束',
      noEnd: '无计划结束日期',
      assigned: '分配给您',
      task: '您的任务',
      openTask: '打开任务',
      milestone: '里程碑',
    },
  },
}

export default messages
