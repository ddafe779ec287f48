import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    shell: {
      language: 'Language',
      signOut: 'Sign out',
      login: {
        username: 'User name', password: 'Password', submit: 'Sign in', or: 'or',
        sso: 'Sign in with {name}', failed: 'User name or password is wrong.',
        locked: 'Too many failed attempts. Please wait a few minutes and try again, or open the unlock link we e-mailed to the account.',
        deactivated: 'Your account has been deactivated. Ask your administrator if you need access again.',
        missing: 'Please enter your user name and password.', signedOut: 'You have signed out.',
      },
      notifications: { title: 'Notifications', readAll: 'Mark all read', none: 'No notifications' },
      notFound: { title: 'Page not found', detail: 'This page does not exist or you have no access to it.', home: 'Go to start' },
    },
  },
  'zh-CN': {
    shell: {
      language: '语言',
      signOut: '退出登录',
      login: {
        username: '用户名', password: '密码', submit: '登录', or: '或',
        sso: '使用 {name} 登录', failed: '用户名或密码错误。',
        locked: '失败次数过多，请稍等几分钟再试，或打开我们发送到账户邮箱的解锁链接。',
        deactivated: '您的账号已被停用。如需重新访问，请联系管理员。',
        missing: '请输入用户名和密码。', signedOut: '您已退出登录。',
      },
      notifications: { title: '通知', readAll: '全部标为已读', none: '暂无通知' },
      notFound: { title: '页面不存在', detail: '该页面不存在，或您无权访问。', home: '返回首页' },
    },
  },
}

export default messages
