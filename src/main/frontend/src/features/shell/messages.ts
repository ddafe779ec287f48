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
        suspended: 'Your organisation’s Crossflow tenant is suspended. Nothing has been deleted; ask your administrator when it will be resumed.',
        missing: 'Please enter your user name and password.', signedOut: 'You have signed out.',
      },
      reset: {
        title: 'Forgot your password?', intro: 'Enter the e-mail address of your account; we send you a link to choose a new password.',
        email: 'E-mail address', ask: 'Send the link', forgot: 'Forgot your password?',
        sent: 'If an account has this address, a link is on its way. It works once, for 30 minutes.',
        chooseTitle: 'Choose a new password', save: 'Save the new password', done: 'Your password is changed. Sign in with the new one.',
      },
      password: { title: 'Change password', current: 'Current password', new: 'New password', changed: 'Your password is changed.' },
      invitation: {
        title: 'Join {organisation} on Crossflow', intro: '{tenant} invited {email}. Choose your name and a password; the invitation is valid until {until}.',
        displayName: 'Your name', password: 'Password', repeat: 'Password again', accept: 'Accept and sign in',
        passwordHint: 'At least 12 characters, not containing your e-mail address. A few unrelated words make a good one.',
        mismatch: 'The two passwords differ.', unknown: 'This invitation link is not known. Open the whole link from the e-mail.', toSignIn: 'Go to sign-in',
      },
      welcome: {
        PARTNER: 'Welcome! Here you see the tasks and work your organisation was given, hand in deliverables and raise tickets. Your organisation’s managers invite colleagues under “Our people”.',
        CUSTOMER: 'Welcome! Here you follow the progress of your projects, accept deliveries and raise change requests or complaints.',
        HOST: 'Welcome! Your inbox holds the tasks waiting for you; your projects are under “Projects”.',
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
        suspended: '您所在企业的 Crossflow 租户已被暂停。数据均未删除；请向管理员了解何时恢复。',
        missing: '请输入用户名和密码。', signedOut: '您已退出登录。',
      },
      reset: {
        title: '忘记密码？', intro: '请输入您账号的邮箱地址，我们会发送一个设置新密码的链接。',
        email: '邮箱地址', ask: '发送链接', forgot: '忘记密码？',
        sent: '如果有账号使用此地址，链接已在发送途中。该链接只能使用一次，30 分钟内有效。',
        chooseTitle: '设置新密码', save: '保存新密码', done: '密码已修改。请使用新密码登录。',
      },
      password: { title: '修改密码', current: '当前密码', new: '新密码', changed: '密码已修改。' },
      invitation: {
        title: '加入协同流上的“{organisation}”', intro: '{tenant} 邀请了 {email}。请设置您的姓名和密码；邀请有效期至 {until}。',
        displayName: '您的姓名', password: '密码', repeat: '再次输入密码', accept: '接受并登录',
        passwordHint: '至少 12 个字符，且不包含您的邮箱地址。几个不相关的词组合起来就是好密码。',
        mismatch: '两次输入的密码不一致。', unknown: '无法识别此邀请链接。请打开邮件中的完整链接。', toSignIn: '前往登录',
      },
      welcome: {
        PARTNER: '欢迎！您可以在这里查看分配给贵单位的任务和工作、提交交付物并提出工单。贵单位的经理可在“成员管理”中邀请同事。',
        CUSTOMER: '欢迎！您可以在这里跟踪项目进度、验收交付并提出变更申请或投诉。',
        HOST: '欢迎！待办中是等待您处理的任务；您的项目在“项目”中。',
      },
      notifications: { title: '通知', readAll: '全部标为已读', none: '暂无通知' },
      notFound: { title: '页面不存在', detail: '该页面不存在，或您无权访问。', home: '返回首页' },
    },
  },
}

export default messages
