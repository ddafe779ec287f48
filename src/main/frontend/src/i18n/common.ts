import type { FeatureMessages } from './messages'

/** Words shared by every screen. Feature screens keep their own messages next to them. */
const messages: FeatureMessages = {
  en: {
    app: { name: 'Crossflow', tagline: 'One place for everyone on the project' },
    action: {
      save: 'Save', cancel: 'Cancel', close: 'Close', search: 'Search', reset: 'Reset', retry: 'Try again',
      submit: 'Submit', confirm: 'Confirm', refresh: 'Refresh', back: 'Back', more: 'More', open: 'Open',
    },
    state: { loading: 'Loading…', empty: 'Nothing here yet', saved: 'Saved' },
    error: {
      title: {
        0: 'No connection', 400: 'Please check your input', 401: 'Please sign in', 403: 'Not allowed',
        404: 'Not found', 409: 'Changed in the meantime', 413: 'Too large', 500: 'Something went wrong', other: 'Request failed',
      },
      network: 'The server cannot be reached. Check your connection and try again.',
    },
    field: { required: 'Required' },
    priority: { label: 'Priority', URGENT: 'Urgent', HIGH: 'High', NORMAL: 'Normal', LOW: 'Low' },
    severity: { label: 'Severity', CRITICAL: 'Critical', MAJOR: 'Major', MINOR: 'Minor', hint: 'A complaint\'s priority follows its severity.' },
    nav: { inbox: 'Inbox', requests: 'Requests', projects: 'Projects', modeler: 'Process designer', portal: 'Partner portal', customer: 'Project progress', admin: 'Administration', team: 'Our people', platform: 'Platform' },
  },
  'zh-CN': {
    app: { name: '协同流', tagline: '项目各方，同在一处' },
    action: {
      save: '保存', cancel: '取消', close: '关闭', search: '搜索', reset: '重置', retry: '重试',
      submit: '提交', confirm: '确认', refresh: '刷新', back: '返回', more: '更多', open: '打开',
    },
    state: { loading: '加载中…', empty: '暂无内容', saved: '已保存' },
    error: {
      title: {
        0: '无法连接', 400: '请检查输入', 401: '请先登录', 403: '无权操作',
        404: '未找到', 409: '内容已被他人修改', 413: '文件过大', 500: '出错了', other: '请求失败',
      },
      network: '无法连接服务器，请检查网络后重试。',
    },
    field: { required: '必填' },
    priority: { label: '优先级', URGENT: '紧急', HIGH: '高', NORMAL: '普通', LOW: '低' },
    severity: { label: '严重程度', CRITICAL: '严重', MAJOR: '较重', MINOR: '轻微', hint: '投诉的优先级随严重程度而定。' },
    nav: { inbox: '待办', requests: '我的申请', projects: '项目', modeler: '流程设计', portal: '合作伙伴门户', customer: '项目进度', admin: '系统管理', team: '成员管理', platform: '平台运营' },
  },
}

export default messages
