import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    service: {
      nav: { help: 'Help', support: 'Support' },
      help: {
        title: 'Help centre', search: 'Search the help centre', none: 'No help pages yet.', noHits: 'Nothing found for “{q}”.',
        all: 'All help pages', updated: 'Updated {when}', readOnly: 'Read-only', back: 'Back to the help centre',
        hits: '{n} found',
      },
      support: {
        title: 'Support requests', intro: 'Ask our service desk. You see every answer here and can reply until it is solved.',
        raise: 'New support request', none: 'You have not raised a support request yet.',
        project: 'Project', titleLabel: 'Subject', description: 'Description', attachment: 'Attachment (optional)',
        submit: 'Send to the service desk', raised: '{number} sent to the service desk.',
        due: 'First response due {when}', breached: 'Response overdue', resolutionDue: 'to be resolved by {when}', resolutionBreached: 'Resolution overdue', history: 'Conversation',
        answer: 'Service desk', reply: 'You', reply_hint: 'Read the answer, then confirm it or reply.',
        openTask: 'Confirm or reply', attachmentOnlyPartners: 'Customers send files through their project contact.',
        noProject: 'No project: a general question', noProjectHint: 'Choose a project only if your question is about one of them.',
        attachmentNeedsProject: 'Files belong to a project: choose one to attach a file.',
        stage: {
          RAISED: 'Sent', WITH_SERVICE_DESK: 'With the service desk', AWAITING_REQUESTER: 'Answered: your turn',
          CLOSED: 'Closed', REJECTED: 'Rejected',
        },
      },
      ticket: { stageDue: 'stage due {when}', toHome: 'Back to the start page' },
      manage: {
        new: 'New help page', intro: 'Drafts are yours until you publish them; partners and customers read the published pages in this order.',
        published: 'Published', draft: 'Draft', projectPage: 'Project page', edit: 'Edit', publish: 'Publish', withdraw: 'Withdraw',
        up: 'Move up', down: 'Move down', publishedNow: 'Published: partners and customers read it now.', withdrawnNow: 'Withdrawn: a draft again.',
      },
      editor: {
        new: 'New help page', edit: 'Edit help page', title: 'Title', content: 'Content', heading: 'Heading', list: 'List',
        version: 'Version {version}', save: 'Save as a new version', createDraft: 'Create draft',
        saved: 'Saved as version {version}.', created: 'Draft created. Publish it when it is ready.',
      },
      mark: {
        label: 'Help centre', on: 'Shown in the help centre', off: 'Not in the help centre',
        marked: 'Partners and customers now read this page in the help centre.', unmarked: 'Taken out of the help centre.',
      },
    },
  },
  'zh-CN': {
    service: {
      nav: { help: '帮助中心', support: '支持请求' },
      help: {
        title: '帮助中心', search: '搜索帮助中心', none: '暂无帮助页面。', noHits: '未找到与“{q}”相关的内容。',
        all: '全部帮助页面', updated: '更新于 {when}', readOnly: '只读', back: '返回帮助中心',
        hits: '共 {n} 条',
      },
      support: {
        title: '支持请求', intro: '向我们的服务台提问。所有答复都会显示在这里，问题解决前您都可以回复。',
        raise: '新建支持请求', none: '您还没有提交过支持请求。',
        project: '项目', titleLabel: '主题', description: '问题描述', attachment: '附件（可选）',
        submit: '提交给服务台', raised: '{number} 已提交给服务台。',
        due: '首次响应截止 {when}', breached: '响应已超时', resolutionDue: '解决截止 {when}', resolutionBreached: '解决已超时', history: '沟通记录',
        answer: '服务台', reply: '我', reply_hint: '请阅读答复，然后确认或回复。',
        openTask: '确认或回复', attachmentOnlyPartners: '客户请通过项目联系人发送文件。',
        noProject: '不涉及具体项目（一般问题）', noProjectHint: '只有当问题与某个项目有关时才需要选择项目。',
        attachmentNeedsProject: '附件属于项目：请先选择项目再上传附件。',
        stage: {
          RAISED: '已提交', WITH_SERVICE_DESK: '服务台处理中', AWAITING_REQUESTER: '已答复，待您确认',
          CLOSED: '已关闭', REJECTED: '已拒绝',
        },
      },
      ticket: { stageDue: '当前阶段截止 {when}', toHome: '返回首页' },
      manage: {
        new: '新建帮助页面', intro: '草稿在发布前只有编辑者可见；合作伙伴和客户按此顺序阅读已发布的页面。',
        published: '已发布', draft: '草稿', projectPage: '项目页面', edit: '编辑', publish: '发布', withdraw: '撤回',
        up: '上移', down: '下移', publishedNow: '已发布：合作伙伴和客户现在可以阅读。', withdrawnNow: '已撤回：重新成为草稿。',
      },
      editor: {
        new: '新建帮助页面', edit: '编辑帮助页面', title: '标题', content: '内容', heading: '标题段落', list: '列表',
        version: '第 {version} 版', save: '保存为新版本', createDraft: '创建草稿',
        saved: '已保存为第 {version} 版。', created: '草稿已创建，准备好后请发布。',
      },
      mark: {
        label: '帮助中心', on: '已在帮助中心展示', off: '未在帮助中心展示',
        marked: '合作伙伴和客户现在可以在帮助中心阅读此页面。', unmarked: '已从帮助中心移除。',
      },
    },
  },
}

export default messages
