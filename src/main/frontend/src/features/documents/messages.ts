import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    documentPage: {
      back: 'Back', added: 'added {when}', versions: 'Versions', version: 'Version {n}', comments: 'Comments', noComments: 'No comments yet.',
      attachedTo: { TICKET: 'Open its ticket', TASK: 'Open its task', PROJECT: 'Project', WORK_ITEM: 'Work item' },
    },
    library: {
      kind: { PROJECT: 'Project', WORK_ITEM: 'Work item', TICKET: 'Ticket', TASK: 'Step' },
      folder: {
        all: 'All documents', project: 'Project · {name}',
        unnamed: { PROJECT: 'The project', WORK_ITEM: 'A work item you do not see', TICKET: 'A ticket you do not see', TASK: 'A completed or another person\'s step' },
      },
      filter: { type: 'Any type', name: 'Filter by name' },
      sort: { date: 'Newest first', name: 'By name' },
      upload: {
        type: 'Type', folder: 'Folder', hint: 'Drop files here to upload them into the folder, or choose them.',
        choose: 'Choose files', refused: '{name}: {message}',
      },
      row: { version: 'version {n} · {size}', uploaded: '{who}, {when}', someone: 'someone', comments: 'no comments | 1 comment | {count} comments' },
      action: { versions: 'Versions', comments: 'Comments', sharing: 'Sharing', delete: 'Delete' },
      versions: {
        upload: 'Upload a new version', latest: 'latest', restoredFrom: 'restored from version {n}', restore: 'Restore',
        added: 'A new version of {name} was added.', restored: 'Version {n} was restored as version {made}.',
      },
      comments: { placeholder: 'Write a comment ({\'@\'}username notifies someone)', add: 'Add comment' },
      sharing: {
        internal: 'Internal only', partners: 'shared with {count} partner | shared with {count} partners', customers: 'customers see it',
        explain: 'Everyone inside the company who works on the project sees the document. Choose who else sees it.',
        noPartners: 'No partner organisation takes part in this project.', withCustomers: 'The project\'s customers see it',
        saved: 'Sharing of {name} saved.',
      },
      delete: { title: 'Delete document', confirm: 'Delete "{name}"? Nobody will see it any more.', action: 'Delete', done: '{name} was deleted.' },
      empty: 'No documents yet.', noMatch: 'No document matches the filter.',
      nav: 'Documents', title: 'Documents', intro: 'The documents shared with your organisation in the projects you take part in.',
      customerIntro: 'The documents the project team shares with you.',
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
    library: {
      kind: { PROJECT: '项目', WORK_ITEM: '工作项', TICKET: '工单', TASK: '流程步骤' },
      folder: {
        all: '全部文件', project: '项目 · {name}',
        unnamed: { PROJECT: '本项目', WORK_ITEM: '您看不到的工作项', TICKET: '您看不到的工单', TASK: '已完成或他人的步骤' },
      },
      filter: { type: '全部类型', name: '按名称筛选' },
      sort: { date: '最新优先', name: '按名称' },
      upload: {
        type: '类型', folder: '文件夹', hint: '将文件拖放到此处即可上传到所选文件夹，也可以选择文件。',
        choose: '选择文件', refused: '{name}：{message}',
      },
      row: { version: '第 {n} 版 · {size}', uploaded: '{who}，{when}', someone: '某人', comments: '暂无评论 | 1 条评论 | {count} 条评论' },
      action: { versions: '版本', comments: '评论', sharing: '共享', delete: '删除' },
      versions: {
        upload: '上传新版本', latest: '最新', restoredFrom: '由第 {n} 版恢复', restore: '恢复',
        added: '已为 {name} 添加新版本。', restored: '第 {n} 版已恢复为第 {made} 版。',
      },
      comments: { placeholder: '写评论（{\'@\'}用户名 可通知对方）', add: '添加评论' },
      sharing: {
        internal: '仅内部可见', partners: '已共享给 {count} 个合作方', customers: '客户可见',
        explain: '公司内参与项目的成员都能看到此文件。请选择还有谁可以看到。',
        noPartners: '本项目没有合作方组织。', withCustomers: '项目的客户可以看到',
        saved: '{name} 的共享设置已保存。',
      },
      delete: { title: '删除文件', confirm: '确定删除“{name}”吗？删除后所有人都将看不到它。', action: '删除', done: '{name} 已删除。' },
      empty: '暂无文件。', noMatch: '没有符合筛选条件的文件。',
      nav: '文件', title: '文件', intro: '您参与的项目中共享给您所在组织的文件。',
      customerIntro: '项目团队共享给您的文件。',
    },
    documentPreview: {
      open: '预览', loading: '正在加载预览…', failed: '无法显示此文件，请下载后查看。',
      none: '此类文件无法预览，请下载后打开。', download: '下载',
      previous: '上一页', next: '下一页', page: '第 {n} 页，共 {count} 页',
    },
  },
}

export default messages
