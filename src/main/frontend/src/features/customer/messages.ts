import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    customer: {
      noProjects: 'No project is shared with you yet.',
      planned: 'Planned', plannedRange: 'Planned: {start} – {end}', percentDone: 'done', milestones: 'Milestones', noMilestones: 'No milestones yet.',
      plannedDate: 'Planned', baselineDate: 'Originally planned', actualDate: 'Reached',
      later: '{days} days later than originally planned', earlier: '{days} days earlier than originally planned', onPlan: 'On the original plan',
      overdue: '{days} days past its planned date', notYet: 'Not yet',
      state: {
        planned: 'Planned', inProgress: 'In progress', blocked: 'Held up', awaiting: 'Delivered — awaiting your acceptance',
        accepted: 'Accepted', rework: 'Refused, being reworked', redelivered: 'Delivered again after rework — awaiting your acceptance',
        reopened: 'Reopened after acceptance',
      },
      tickets: 'Change requests and complaints',
      accept: {
        accept: 'Accept delivery', refuse: 'Refuse', comment: 'Comment (optional)', reason: 'Why do you refuse it?',
        reasonRequired: 'Please say why you refuse the delivery.', accepted: 'Delivery accepted.', refused: 'Delivery refused.',
        acceptedBy: 'Accepted by {name}', refusedBy: 'Refused by {name}', awaiting: 'Delivered — awaiting your acceptance',
        rework: 'Refused, being reworked', yourReason: 'Your reason: {reason}', redelivered: 'Delivered again after rework — awaiting your acceptance',
        redeliveredHint: 'Your earlier refusal was reworked.',
      },
    },
  },
  'zh-CN': {
    customer: {
      noProjects: '暂无与您共享的项目。',
      planned: '计划', plannedRange: '计划：{start} 至 {end}', percentDone: '已完成', milestones: '里程碑', noMilestones: '暂无里程碑。',
      plannedDate: '当前计划', baselineDate: '原计划', actualDate: '实际达成',
      later: '比原计划晚 {days} 天', earlier: '比原计划早 {days} 天', onPlan: '符合原计划',
      overdue: '已超过计划日期 {days} 天', notYet: '尚未达成',
      state: {
        planned: '计划中', inProgress: '进行中', blocked: '受阻', awaiting: '已交付，等待您验收',
        accepted: '已验收', rework: '已退回，返工中', redelivered: '返工后已重新交付，等待您验收',
        reopened: '验收后重新打开',
      },
      tickets: '变更申请与投诉',
      accept: {
        accept: '验收交付', refuse: '拒收', comment: '备注（可选）', reason: '拒收原因',
        reasonRequired: '请说明拒收原因。', accepted: '已验收交付。', refused: '已拒收交付。',
        acceptedBy: '{name} 已验收', refusedBy: '{name} 已拒收', awaiting: '已交付，等待您验收',
        rework: '已退回，返工中', yourReason: '退回原因：{reason}', redelivered: '返工后已重新交付，等待您验收',
        redeliveredHint: '您此前退回的问题已返工。',
      },
    },
  },
}

export default messages
