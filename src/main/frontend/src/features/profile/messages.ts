import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    profile: {
      menu: 'Profile and settings',
      title: 'Profile and settings',
      personal: 'You',
      displayName: 'Name others see',
      language: 'Language',
      languageHint: 'The language of your e-mails and notifications, and of this app after saving.',
      timeZone: 'Time zone',
      followTenant: 'Your organisation’s: {zone}',
      timeZoneNow: 'Dates and times are shown in {zone}; it is now {now}. “Due today” means today there.',
      saved: 'Your profile is saved.',
      signIn: 'Signing in',
      tokens: {
        title: 'API tokens',
        intro: 'Tokens let your own scripts call the Crossflow API as you, with what you may see and do. The secret is shown once, when the token is made.',
        none: 'You have no API tokens.',
        create: 'Create a token', name: 'Name', nameHint: 'What it is for, e.g. “Weekly export”', scopes: 'May', validDays: 'Valid for (days)',
        scope: { read: 'read', write: 'change', integration: 'integration' },
        created: 'made {when}', expires: 'expires {when}', lastUsed: 'last used {when}', neverUsed: 'never used',
        revoke: 'Revoke', revokedTag: 'Revoked', confirmRevoke: 'Revoke “{name}”? Scripts using it stop working at once.', revoked: '“{name}” is revoked.',
        secretTitle: 'Your new token', secretOnce: 'Copy the token now: it is shown only this once and cannot be shown again.',
        copy: 'Copy', copied: 'Copied.', done: 'I have copied it',
      },
    },
  },
  'zh-CN': {
    profile: {
      menu: '个人资料与设置',
      title: '个人资料与设置',
      personal: '个人信息',
      displayName: '显示名称',
      language: '语言',
      languageHint: '邮件和通知使用的语言；保存后本应用也切换为该语言。',
      timeZone: '时区',
      followTenant: '跟随所在企业：{zone}',
      timeZoneNow: '日期和时间按 {zone} 显示；现在是 {now}。“今天到期”指该时区的今天。',
      saved: '个人资料已保存。',
      signIn: '登录',
      tokens: {
        title: 'API 令牌',
        intro: '令牌让您自己的脚本以您的身份调用 Crossflow API，权限与您相同。密钥只在创建时显示一次。',
        none: '您还没有 API 令牌。',
        create: '创建令牌', name: '名称', nameHint: '用途，例如“每周导出”', scopes: '权限', validDays: '有效期（天）',
        scope: { read: '读取', write: '修改', integration: '系统集成' },
        created: '创建于 {when}', expires: '到期 {when}', lastUsed: '最近使用 {when}', neverUsed: '从未使用',
        revoke: '吊销', revokedTag: '已吊销', confirmRevoke: '吊销“{name}”？使用它的脚本将立即失效。', revoked: '“{name}”已吊销。',
        secretTitle: '您的新令牌', secretOnce: '请立即复制令牌：它只显示这一次，之后无法再次查看。',
        copy: '复制', copied: '已复制。', done: '我已复制',
      },
    },
  },
}

export default messages
