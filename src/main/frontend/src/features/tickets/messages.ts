import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    tickets: {
      back: 'Back', project: 'Project', reporter: 'Raised by', raisedAt: 'Raised', description: 'Description',
      timeline: 'Stages', by: 'by {name}', workItems: 'Affected work items',
      commentPlaceholder: 'Write a comment for everyone on this ticket…',
      sla: {
        label: 'This stage', left: '{h} h {m} min left', overdue: 'Overdue by {h} h {m} min', breached: 'Overdue',
        none: 'No deadline on this stage', closed: 'Done', due: 'due {when}', resolution: 'Resolution',
      },
      step: {
        title: 'Now', heldBy: 'held by {name}', yours: 'waiting for you', waitingFor: 'waiting for {who}', or: ' or ',
        withTeam: 'with the project team', since: 'since {when}', open: 'Open the task',
        none: 'No step is open right now.', done: 'Finished {when}.',
      },
      holder: { desk: 'the service desk' },
      role: { MANAGER: 'the project managers', MEMBER: 'the project members' },
      filter: { search: 'Search number or title', type: 'Type', state: 'State', open: 'Open', closed: 'Closed', all: 'All', sort: 'Sort', newest: 'Newest first', oldest: 'Oldest first', due: 'Due soonest', number: 'Number' },
      none: 'No ticket matches.',
    },
  },
  'zh-CN': {
    tickets: {
      back: '返回', project: '项目', reporter: '提出人', raisedAt: '提出于', description: '描述',
      timeline: '阶段', by: '操作人：{name}', workItems: '受影响的工作项',
      commentPlaceholder: '给此工单的所有人写一条评论…',
      sla: {
        label: '本阶段', left: '剩余 {h} 小时 {m} 分钟', overdue: '已超时 {h} 小时 {m} 分钟', breached: '已超时',
        none: '本阶段无时限', closed: '已完成', due: '截止 {when}', resolution: '解决时限',
      },
      step: {
        title: '当前步骤', heldBy: '由 {name} 处理', yours: '等待您处理', waitingFor: '等待 {who} 处理', or: '或',
        withTeam: '由项目团队处理', since: '自 {when}', open: '打开任务',
        none: '当前没有进行中的步骤。', done: '已于 {when} 完成。',
      },
      holder: { desk: '服务台' },
      role: { MANAGER: '项目经理', MEMBER: '项目成员' },
      filter: { search: '搜索编号或标题', type: '类型', state: '状态', open: '进行中', closed: '已结束', all: '全部', sort: '排序', newest: '最新优先', oldest: '最早优先', due: '最先到期', number: '编号' },
      none: '没有符合条件的工单。',
    },
  },
}

export default messages
