import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    projects: {
      none: 'You are not in any project yet.',
      range: '{start} – {end}', openDate: '…',
      role: {
        MANAGER: 'Manager', MEMBER: 'Member', ADMIN: 'Administrator', OWNER: 'Owner', SUPPLIER: 'Supplier',
        OUTSOURCER: 'Outsourcer', AGENCY: 'Agency', CUSTOMER: 'Customer',
      },
      tabs: { gantt: 'Gantt', board: 'Board', tickets: 'Tickets', orders: 'Supplier orders', activity: 'Activity', budget: 'Budget', team: 'Team' },
      team: {
        title: 'Team', organisations: 'Participating organisations', members: 'Members (own company)', name: 'Name', role: 'Role',
        add: 'Add', remove: 'Remove', chooseOrganisation: 'Choose a partner or customer', chooseMember: 'Choose a colleague',
        added: '{name} added to the project.', removed: '{name} removed from the project.',
        confirmOrganisation: 'Remove {name} from the project? Its people stop seeing the project at once, and its open tasks go to the project’s managers.',
        confirmMember: 'Remove {name} from the project? The project disappears from its lists at once.',
        roles: { OWNER: 'Owner', SUPPLIER: 'Supplier', OUTSOURCER: 'Outsourcer', AGENCY: 'Agency', CUSTOMER: 'Customer', MANAGER: 'Manager', MEMBER: 'Member' },
      },
      status: { TODO: 'To do', IN_PROGRESS: 'In progress', BLOCKED: 'Blocked', DONE: 'Done' },
      gantt: {
        day: 'Day', week: 'Week', month: 'Month', showBaseline: 'Baseline', plan: 'Plan', baseline: 'Baseline', late: 'Later than baseline',
        dragHint: 'Drag a bar to re-plan; dependants follow.', empty: 'No dated work items yet.',
        variance: 'Plan vs baseline', varianceColumn: 'Variance', moved: '{item} now runs {start} – {end}.',
      },
      shifted: { title: '{item} moved; {count} dependent item(s) moved with it:' },
      board: { empty: 'Drop cards here', moved: '{item} moved to {status}.' },
      item: {
        new: 'New work item', title: 'Title', description: 'Description', status: 'Status', progress: 'Progress',
        plannedStart: 'Planned start', plannedEnd: 'Planned end', baselineStart: 'Baseline start', baselineEnd: 'Baseline end',
        actualStart: 'Actual start', actualEnd: 'Actual end', assignee: 'Assignee', assigneeUser: 'Person', assigneeOrganisation: 'Organisation',
        milestone: 'Milestone', escalated: 'Overdue, escalated', edit: 'Edit', dependencies: 'Dependencies',
        after: 'Starts after', before: 'Followed by', addPredecessor: 'Add a predecessor…', add: 'Add',
        acceptance: 'Customer acceptance', accepted: 'Accepted', refused: 'Refused',
        flag: 'Flag as blocked', unflag: 'Clear flag', flagWhy: 'What blocks it?', unflagWhy: 'Why is it no longer blocked?',
        flagReasonRequired: 'Please give a reason.', flagged: 'Work item flagged.', unflagged: 'Flag cleared.', flaggedBecause: 'Blocked: {reason}',
      },
      handoff: {
        action: 'Hand off to a partner', title: 'Hand off to a partner',
        intro: 'The partner is asked to accept the work, delivers it and you review the delivery.',
        partner: 'Partner organisation', choose: 'Choose a partner', due: 'Due date', submit: 'Hand off',
        started: 'Handed off to {partner}.',
        requiredNote: 'Fields marked * are required. The chosen partner becomes the work item\'s assignee when the hand-off starts.',
        status: {
          OFFERED: 'Offered to partner', ACCEPTED: 'Accepted by partner', DECLINED: 'Declined by partner',
          DELIVERED: 'Delivered, in review', REWORK: 'Rework requested', APPROVED: 'Delivery approved',
        },
      },
      baseline: {
        save: 'Save baseline', confirm: 'Every item\'s current planned dates become its baseline. Continue?',
        saved: 'Baseline saved for {count} items.',
      },
      tickets: {
        none: 'No tickets yet.', raised: '{number} raised.', due: 'stage due {when}', breached: 'SLA breached', resolutionBreached: 'resolution overdue',
        typeLabel: 'Type', title: 'Title', description: 'Description',
        raise: { CHANGE_REQUEST: 'Request a change', ISSUE: 'Report an issue', COMPLAINT: 'Make a complaint' },
        type: { CHANGE_REQUEST: 'Change request', ISSUE: 'Issue', COMPLAINT: 'Complaint', SUPPORT_REQUEST: 'Support request' },
        stage: {
          RAISED: 'Raised', TRIAGE: 'Triage', IMPACT_ASSESSMENT: 'Impact assessment', INTERNAL_APPROVAL: 'Internal approval',
          CUSTOMER_SIGN_OFF: 'Customer sign-off', IMPLEMENTATION: 'Implementation', VERIFICATION: 'Verification',
          LEVEL_1: 'Level 1', LEVEL_2: 'Level 2', MANAGER: 'With the manager', AWAITING_CONFIRMATION: 'Awaiting confirmation',
          WITH_SERVICE_DESK: 'With the service desk', AWAITING_REQUESTER: 'Answered, awaiting the requester',
          CLOSED: 'Closed', REJECTED: 'Rejected',
        },
      },
      activity: {
        none: 'No activity yet.', process: 'Process', someone: 'Someone',
        action: {
          CREATED: 'created', UPDATED: 'updated', HANDOFF: 'handed off', RAISED: 'raised', STAGE_CHANGED: 'moved the stage of',
          ASSIGNED: 'assigned', COMPLETED: 'completed', DELETED: 'removed', ROLE_SET: 'set the role of', ACCEPTANCE: 'decided on', FLAG: 'changed the flag of',
          BASELINE_SAVED: 'saved the baseline of', ADDED: 'added', REMOVED: 'removed',
        },
        object: {
          WORK_ITEM: 'work item', TICKET: 'ticket', TASK: 'task', PARTICIPANT: 'participant', MEMBER: 'member',
          PLAN: 'plan', DEPENDENCY: 'dependency', BUDGET_LINE: 'budget line',
        },
      },
      orders: {
        none: 'No supplier orders in this project yet.', number: 'Number', title: 'Title', supplier: 'Supplier',
        status: 'State', due: 'Due', requestApproval: 'Request approval',
        state: { PLACED: 'Placed', CONFIRMED: 'Confirmed', QC_SUBMITTED: 'QC report submitted', QC_REJECTED: 'QC report rejected', QC_APPROVED: 'QC approved', SHIPPED: 'Shipped' },
      },
      budget: {
        requestApproval: 'Request approval',
        planned: 'Planned', committed: 'Committed', actual: 'Actual', burn: '{percent} % of the plan spent',
        add: 'Add budget line', none: 'No budget lines yet.', chart: 'Burn by category ({currency})',
        category: 'Category', currency: 'Currency', currencyShort: 'Currency', currencyPick: 'Pick a currency',
        edit: 'Edit', editOf: 'Edit budget line {category}', editTitle: 'Edit budget line',
        delete: 'Delete', deleteTitle: 'Delete budget line', deleteOf: 'Delete budget line {category}', confirmDelete: 'Delete the budget line "{category}"? The activity keeps what it held.',
        deleted: 'Budget line "{category}" deleted.',
      },
    },
  },
  'zh-CN': {
    projects: {
      range: '{start} – {end}', openDate: '…',
      none: '您尚未加入任何项目。',
      role: {
        MANAGER: '项目经理', MEMBER: '成员', ADMIN: '管理员', OWNER: '负责方', SUPPLIER: '供应商',
        OUTSOURCER: '外包方', AGENCY: '代理方', CUSTOMER: '客户',
      },
      tabs: { gantt: '甘特图', board: '看板', tickets: '工单', orders: '采购订单', activity: '动态', budget: '预算', team: '成员与组织' },
      team: {
        title: '成员与组织', organisations: '参与组织', members: '成员（本公司）', name: '名称', role: '角色',
        add: '添加', remove: '移除', chooseOrganisation: '选择合作伙伴或客户', chooseMember: '选择同事',
        added: '已将 {name} 加入项目。', removed: '已将 {name} 移出项目。',
        confirmOrganisation: '将 {name} 移出项目？其人员将立即看不到该项目，其未完成的任务转给项目经理。',
        confirmMember: '将 {name} 移出项目？该项目会立即从其列表中消失。',
        roles: { OWNER: '所有方', SUPPLIER: '供应商', OUTSOURCER: '外包方', AGENCY: '代理商', CUSTOMER: '客户', MANAGER: '经理', MEMBER: '成员' },
      },
      status: { TODO: '待办', IN_PROGRESS: '进行中', BLOCKED: '受阻', DONE: '已完成' },
      gantt: {
        day: '日', week: '周', month: '月', showBaseline: '基线', plan: '计划', baseline: '基线', late: '晚于基线',
        dragHint: '拖动条形即可重新排期，后续任务随之顺延。', empty: '暂无带日期的工作项。',
        variance: '计划与基线对比', varianceColumn: '偏差', moved: '{item} 现为 {start} – {end}。',
      },
      shifted: { title: '{item} 已调整；{count} 个后续工作项随之顺延：' },
      board: { empty: '拖放卡片到此处', moved: '{item} 已移至「{status}」。' },
      item: {
        new: '新建工作项', title: '标题', description: '描述', status: '状态', progress: '进度',
        plannedStart: '计划开始', plannedEnd: '计划结束', baselineStart: '基线开始', baselineEnd: '基线结束',
        actualStart: '实际开始', actualEnd: '实际结束', assignee: '负责人', assigneeUser: '人员', assigneeOrganisation: '组织',
        milestone: '里程碑', escalated: '已逾期并升级', edit: '编辑', dependencies: '依赖关系',
        after: '前置任务', before: '后续任务', addPredecessor: '添加前置任务…', add: '添加',
        acceptance: '客户验收', accepted: '已验收', refused: '已拒收',
        flag: '标记为受阻', unflag: '清除标记', flagWhy: '受什么阻碍？', unflagWhy: '为什么不再受阻？',
        flagReasonRequired: '请填写原因。', flagged: '已标记工作项。', unflagged: '已清除标记。', flaggedBecause: '受阻：{reason}',
      },
      handoff: {
        action: '移交给合作伙伴', title: '移交给合作伙伴',
        intro: '合作伙伴确认接收工作并交付，随后由您审核交付物。',
        partner: '合作伙伴组织', choose: '选择合作伙伴', due: '截止日期', submit: '移交',
        started: '已移交给 {partner}。',
        requiredNote: '带 * 的字段为必填项。移交开始时，所选合作伙伴将成为该工作项的负责组织。',
        status: {
          OFFERED: '已提供给合作伙伴', ACCEPTED: '合作伙伴已接收', DECLINED: '合作伙伴已拒绝',
          DELIVERED: '已交付，审核中', REWORK: '已要求返工', APPROVED: '交付已批准',
        },
      },
      baseline: {
        save: '保存基线', confirm: '所有工作项的当前计划日期将成为其基线。是否继续？',
        saved: '已为 {count} 个工作项保存基线。',
      },
      tickets: {
        none: '暂无工单。', raised: '已提交 {number}。', due: '本阶段截止 {when}', breached: '已超出时限', resolutionBreached: '解决已超时',
        typeLabel: '类型', title: '标题', description: '描述',
        raise: { CHANGE_REQUEST: '提出变更申请', ISSUE: '报告问题', COMPLAINT: '提出投诉' },
        type: { CHANGE_REQUEST: '变更申请', ISSUE: '问题', COMPLAINT: '投诉', SUPPORT_REQUEST: '支持请求' },
        stage: {
          RAISED: '已提交', TRIAGE: '分诊', IMPACT_ASSESSMENT: '影响评估', INTERNAL_APPROVAL: '内部审批',
          CUSTOMER_SIGN_OFF: '客户确认', IMPLEMENTATION: '实施', VERIFICATION: '验证',
          LEVEL_1: '一线处理', LEVEL_2: '二线处理', MANAGER: '经理处理', AWAITING_CONFIRMATION: '待确认',
          WITH_SERVICE_DESK: '服务台处理中', AWAITING_REQUESTER: '已答复，待提出人确认',
          CLOSED: '已关闭', REJECTED: '已驳回',
        },
      },
      activity: {
        none: '暂无动态。', process: '流程', someone: '某位用户',
        action: {
          CREATED: '创建了', UPDATED: '更新了', HANDOFF: '移交了', RAISED: '提交了', STAGE_CHANGED: '推进了',
          ASSIGNED: '指派了', COMPLETED: '完成了', DELETED: '删除了', ROLE_SET: '设置了角色：', ACCEPTANCE: '验收了', FLAG: '更改了标记：',
          BASELINE_SAVED: '保存了基线：', ADDED: '添加了', REMOVED: '移除了',
        },
        object: {
          WORK_ITEM: '工作项', TICKET: '工单', TASK: '任务', PARTICIPANT: '参与方', MEMBER: '成员',
          PLAN: '计划', DEPENDENCY: '依赖关系', BUDGET_LINE: '预算项',
        },
      },
      orders: {
        none: '本项目暂无采购订单。', number: '编号', title: '标题', supplier: '供应商',
        status: '状态', due: '到期', requestApproval: '申请审批',
        state: { PLACED: '已下单', CONFIRMED: '已确认', QC_SUBMITTED: '质检报告已提交', QC_REJECTED: '质检报告被退回', QC_APPROVED: '质检通过', SHIPPED: '已发货' },
      },
      budget: {
        requestApproval: '申请审批',
        planned: '计划', committed: '已承诺', actual: '实际', burn: '已花费计划的 {percent}%',
        add: '添加预算项', none: '暂无预算项。', chart: '按类别的消耗（{currency}）',
        category: '类别', currency: '币种', currencyShort: '币种', currencyPick: '选择币种',
        edit: '编辑', editOf: '编辑预算项 {category}', editTitle: '编辑预算项',
        delete: '删除', deleteTitle: '删除预算项', deleteOf: '删除预算项 {category}', confirmDelete: '删除预算项“{category}”？动态中仍会保留其内容。',
        deleted: '已删除预算项“{category}”。',
      },
    },
  },
}

export default messages
