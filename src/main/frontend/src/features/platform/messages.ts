import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    platform: {
      title: 'Platform',
      intro: 'Tenants of this Crossflow installation. You see their settings, state and head counts; their projects, documents and tasks stay theirs.',
      add: 'New tenant', none: 'No tenants yet.', name: 'Name', slug: 'Short name', slugHint: 'lower-case letters, digits and hyphens, e.g. hd-casting',
      settings: 'Language and time zone', defaultLanguage: 'Default language', timeZone: 'Time zone', created: 'Created',
      counts: 'People', countsValue: 'Users: {users} · Orgs: {organisations}',
      adminEmail: 'First tenant admin’s e-mail',
      adminEmailHint: 'We e-mail this person an invitation; accepting it makes them the admin of the new tenant.',
      createAndInvite: 'Create and invite',
      language: { 'zh-CN': '简体中文', en: 'English' },
      state: { label: 'State', ACTIVE: 'Active', SUSPENDED: 'Suspended' },
      suspend: 'Suspend', resume: 'Resume',
      confirmSuspend: 'Suspend {name}? Its {count} users are signed out at once and cannot sign in; its timers, e-mails and automations pause. Nothing is deleted, and resuming continues where it stopped.',
      suspended: '{name} is suspended.', resumed: '{name} is active again.',
      createdToast: 'Tenant {name} created; {email} is invited as its admin.',
    },
    bootstrap: {
      title: 'Set up Crossflow',
      intro: 'No platform operator exists yet. Paste the one-time token from the server log, name the platform tenant and choose your own account.',
      closed: 'This installation has a platform operator already. Sign in instead.',
      token: 'Bootstrap token', tokenHint: 'Printed in the log at the last start; it works once.',
      tenantName: 'Platform tenant name', username: 'Your user name', email: 'Your e-mail', displayName: 'Your name', password: 'Password',
      passwordHint: 'At least 12 characters, not containing your user name or e-mail.',
      submit: 'Create the first operator', done: 'Done. Sign in with the account you chose.',
    },
  },
  'zh-CN': {
    platform: {
      title: '平台运营',
      intro: '本 Crossflow 部署的所有租户。您可以看到它们的设置、状态和人数；它们的项目、文档和任务只属于它们自己。',
      add: '新建租户', none: '还没有租户。', name: '名称', slug: '简称', slugHint: '小写字母、数字和连字符，例如 hd-casting',
      settings: '语言和时区', defaultLanguage: '默认语言', timeZone: '时区', created: '创建时间',
      counts: '人员', countsValue: '{users} 位用户 · {organisations} 个组织',
      adminEmail: '首位租户管理员的邮箱',
      adminEmailHint: '我们会向此人发送邀请邮件；接受后即成为新租户的管理员。',
      createAndInvite: '创建并邀请',
      language: { 'zh-CN': '简体中文', en: 'English' },
      state: { label: '状态', ACTIVE: '正常', SUSPENDED: '已暂停' },
      suspend: '暂停', resume: '恢复',
      confirmSuspend: '暂停 {name}？其 {count} 位用户会立即退出且无法登录；其定时器、邮件和自动化规则暂停执行。不会删除任何数据，恢复后从暂停处继续。',
      suspended: '{name} 已暂停。', resumed: '{name} 已恢复。',
      createdToast: '租户 {name} 已创建；已邀请 {email} 担任其管理员。',
    },
    bootstrap: {
      title: '初始化 Crossflow',
      intro: '尚无平台运营人员。请粘贴服务器日志中的一次性令牌，为平台租户命名，并设置您自己的账号。',
      closed: '本部署已有平台运营人员，请直接登录。',
      token: '初始化令牌', tokenHint: '上次启动时打印在日志中；只能使用一次。',
      tenantName: '平台租户名称', username: '您的用户名', email: '您的邮箱', displayName: '您的姓名', password: '密码',
      passwordHint: '至少 12 个字符，且不能包含用户名或邮箱。',
      submit: '创建首位运营人员', done: '完成。请使用您设置的账号登录。',
    },
  },
}

export default messages
