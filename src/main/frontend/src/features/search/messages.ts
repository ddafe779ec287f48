import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    search: {
      box: { placeholder: 'Search', label: 'Search documents, work items, tickets and pages', open: 'Open search', shortcut: 'Press / to search' },
      page: {
        title: 'Search',
        go: 'Search',
        all: 'All',
        found: '{n} result | {n} results',
        foundFor: 'for “{q}”',
        more: 'More results',
        showAll: 'Show all {n}',
        prompt: 'Type a word or two to search the projects you work on.',
        empty: 'Nothing found for “{q}”.',
        emptyHint: 'Try fewer or other words, or a part of a Chinese word.',
        emptyKind: 'No {kind} match “{q}”.',
        failed: 'The search did not answer',
        retry: 'Try again',
        noScreen: 'This kind of object has no page in the web app yet.',
        updated: 'updated {when}',
      },
      kind: { document: 'Documents', workItem: 'Work items', ticket: 'Tickets', page: 'Pages', other: 'Other' },
      kindOne: { document: 'Document', workItem: 'Work item', ticket: 'Ticket', page: 'Page', other: 'Other' },
    },
  },
  'zh-CN': {
    search: {
      box: { placeholder: '搜索', label: '搜索文档、工作项、工单和页面', open: '打开搜索', shortcut: '按 / 键搜索' },
      page: {
        title: '搜索',
        go: '搜索',
        all: '全部',
        found: '共 {n} 条结果',
        foundFor: '关键词“{q}”',
        more: '更多结果',
        showAll: '查看全部 {n} 条',
        prompt: '输入一两个词，在你参与的项目中搜索。',
        empty: '没有找到与“{q}”相关的内容。',
        emptyHint: '可以减少或更换关键词，或只输入中文词的一部分。',
        emptyKind: '没有与“{q}”相关的{kind}。',
        failed: '搜索未能完成',
        retry: '重试',
        noScreen: '网页端暂无此类对象的页面。',
        updated: '更新于 {when}',
      },
      kind: { document: '文档', workItem: '工作项', ticket: '工单', page: '页面', other: '其他' },
      kindOne: { document: '文档', workItem: '工作项', ticket: '工单', page: '页面', other: '其他' },
    },
  },
}

export default messages
