import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    documentPage: {
      back: 'Back', added: 'added {when}', versions: 'Versions', version: 'Version {n}', comments: 'Comments', noComments: 'No comments yet.',
      attachedTo: { TICKET: 'Open its ticket', TASK: 'Open its task', PROJECT: 'Project', WORK_ITEM: 'Work item' },
    },
    documentPreview: {
      open: 'Preview', loading: 'Loading the preview…', failed: 'This file could not be shown. Download it instead.',
      none: 'There is no preview for this kind of file. Download it to open it.', download: 'Download',
      previous: 'Previous page', next: 'Next page', page: 'Page {n} of {count}',
    },
  },
  'zh-CN': {
    documentPage: {
      back: '返回', added: '添加于 {when}', versions: '版本', version: '第 {n} 版', comments: '评论', noComments: '暂无评论。',
      attachedTo: { TICKET: '打开所属工单', TASK: '打开所属任务', PROJECT: '项目', WORK_ITEM: '工作项' },
    },
    documentPreview: {
      open: '预览', loading: '正在加载预览…', failed: '无法显示此文件，请下载后查看。',
      none: '此类文件无法预览，请下载后打开。', download: '下载',
      previous: '上一页', next: '下一页', page: '第 {n} 页，共 {count} 页',
    },
  },
}

export default messages
