import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    documentPage: {
      back: 'Back', added: 'added {when}', versions: 'Versions', version: 'Version {n}', comments: 'Comments', noComments: 'No comments yet.',
      attachedTo: { TICKET: 'Open its ticket', TASK: 'Open its task', PROJECT: 'Project', WORK_ITEM: 'Work item' },
    },
  },
  'zh-CN': {
    documentPage: {
      back: '返回', added: '添加于 {when}', versions: '版本', version: '第 {n} 版', comments: '评论', noComments: '暂无评论。',
      attachedTo: { TICKET: '打开所属工单', TASK: '打开所属任务', PROJECT: '项目', WORK_ITEM: '工作项' },
    },
  },
}

export default messages
