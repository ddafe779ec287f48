import type { FeatureMessages } from '@/i18n/messages'

const messages: FeatureMessages = {
  en: {
    admin: {
      title: 'Administration',
      tabs: { organisations: 'Organisations', users: 'Users', invitations: 'Invitations', security: 'Sign-in security' },
      security: {
        totpExternal: 'Two-factor sign-in mandatory for external organisations',
        totpExternalHint: 'Partner and customer users without an authenticator set one up right after their password and can do nothing else until they have. Users signing in through your single sign-on are not asked: your identity provider answers for their second factor.',
        saved: 'The sign-in policy is saved.',
      },
      kind: { HOST: 'Own company', PARTNER: 'Partner', CUSTOMER: 'Customer' },
      capability: {
        TENANT_ADMIN: 'Tenant admin', DESIGNER: 'Process designer', MANAGER: 'Manager', MEMBER: 'Member',
        PARTNER_MEMBER: 'Partner member', PARTNER_MANAGER: 'Partner manager', CUSTOMER_VIEWER: 'Customer viewer',
        PLATFORM_OPERATOR: 'Platform operator',
      },
      status: { active: 'Active', inactive: 'Deactivated', invited: 'Invited' },
      organisations: {
        add: 'Add organisation', edit: 'Edit organisation', name: 'Name', kind: 'Kind', shortCode: 'Short code',
        shortCodeHint: '2–12 letters or digits, e.g. HDJM', contact: 'Contact person', contactEmail: 'Contact e-mail',
        domains: 'E-mail domains', domainsHint: 'Separate with commas, e.g. hdcasting.cn', users: 'Active users',
        deactivate: 'Deactivate', reactivate: 'Reactivate',
        confirmDeactivate: 'Deactivate {name}? Its {count} users can no longer sign in, and its open tasks go to the projects’ managers. Nothing is deleted.',
        created: 'Organisation {name} added.', saved: 'Organisation saved.', deactivated: '{name} deactivated.', reactivated: '{name} reactivated.',
        none: 'No organisations yet.',
      },
      users: {
        add: 'Add user', edit: 'Edit user', search: 'Search name, user name or e-mail', organisation: 'Organisation',
        anyOrganisation: 'All organisations', capability: 'Capability', anyCapability: 'All capabilities',
        state: 'Status', anyState: 'Active and deactivated', name: 'Name', username: 'User name', email: 'E-mail',
        mobile: 'Mobile', language: 'Language', capabilities: 'Capabilities', lastSignIn: 'Last sign-in', never: 'Never',
        password: 'Initial password', passwordHint: 'At least {min} characters; leave empty for SSO-only users.',
        serviceAccount: 'Service user (for integrations, signs in with API tokens only)',
        deactivate: 'Deactivate', reactivate: 'Reactivate',
        confirmDeactivate: 'Deactivate {name}? Its sessions end at once, its API tokens are revoked and its claimed tasks go back to the team.',
        created: 'User {name} added.', saved: 'User saved.', deactivated: '{name} deactivated.', reactivated: '{name} reactivated.',
        none: 'No users match.', more: 'Show more', service: 'Service user',
      },
      languages: { en: 'English', 'zh-CN': '简体中文' },
      invitations: {
        invite: 'Invite people', emails: 'E-mail addresses', emailsHint: 'One per line, or separated by commas', language: 'Language of the invitation e-mail',
        send: 'Send invitations', sent: '{count} invitation(s) sent.', none: 'No invitations yet.', sentBy: 'Invited by',
        resend: 'Send again', revoke: 'Withdraw', resent: 'Invitation sent again to {email}.', revoked: 'Invitation to {email} withdrawn.',
        status: { PENDING: 'Pending', EXPIRED: 'Expired', ACCEPTED: 'Accepted', REVOKED: 'Withdrawn' },
      },
    },
  },
  'zh-CN': {
    admin: {
      title: '系统管理',
      tabs: { organisations: '组织', users: '用户', invitations: '邀请', security: '登录安全' },
      security: {
        totpExternal: '外部组织必须使用两步验证登录',
        totpExternalHint: '尚未设置验证器的合作伙伴和客户用户在输入密码后须立即设置，完成前无法进行其他操作。通过贵公司单点登录的用户不会被要求：第二重验证由您的身份提供方负责。',
        saved: '登录策略已保存。',
      },
      kind: { HOST: '本公司', PARTNER: '合作伙伴', CUSTOMER: '客户' },
      capability: {
        TENANT_ADMIN: '租户管理员', DESIGNER: '流程设计师', MANAGER: '经理', MEMBER: '成员',
        PARTNER_MEMBER: '合作伙伴成员', PARTNER_MANAGER: '合作伙伴经理', CUSTOMER_VIEWER: '客户查看者',
        PLATFORM_OPERATOR: '平台运维',
      },
      status: { active: '启用', inactive: '已停用', invited: '已邀请' },
      organisations: {
        add: '添加组织', edit: '编辑组织', name: '名称', kind: '类型', shortCode: '简称代码',
        shortCodeHint: '2–12 个字母或数字，例如 HDJM', contact: '联系人', contactEmail: '联系人邮箱',
        domains: '邮箱域名', domainsHint: '多个域名用逗号分隔，例如 hdcasting.cn', users: '启用用户',
        deactivate: '停用', reactivate: '重新启用',
        confirmDeactivate: '确定停用“{name}”吗？其 {count} 位用户将无法登录，未完成的任务将转给项目经理。不会删除任何数据。',
        created: '已添加组织“{name}”。', saved: '组织已保存。', deactivated: '已停用“{name}”。', reactivated: '已重新启用“{name}”。',
        none: '暂无组织。',
      },
      users: {
        add: '添加用户', edit: '编辑用户', search: '搜索姓名、用户名或邮箱', organisation: '组织',
        anyOrganisation: '全部组织', capability: '权限', anyCapability: '全部权限',
        state: '状态', anyState: '启用和已停用', name: '姓名', username: '用户名', email: '邮箱',
        mobile: '手机', language: '语言', capabilities: '权限', lastSignIn: '最近登录', never: '从未登录',
        password: '初始密码', passwordHint: '至少 {min} 个字符；仅使用单点登录的用户可留空。',
        serviceAccount: '服务用户（用于系统集成，只能用 API 令牌登录）',
        deactivate: '停用', reactivate: '重新启用',
        confirmDeactivate: '确定停用“{name}”吗？其会话将立即结束，API 令牌将被吊销，已认领的任务将退回团队。',
        created: '已添加用户“{name}”。', saved: '用户已保存。', deactivated: '已停用“{name}”。', reactivated: '已重新启用“{name}”。',
        none: '没有符合条件的用户。', more: '显示更多', service: '服务用户',
      },
      languages: { en: 'English', 'zh-CN': '简体中文' },
      invitations: {
        invite: '邀请成员', emails: '邮箱地址', emailsHint: '每行一个，或用逗号分隔', language: '邀请邮件的语言',
        send: '发送邀请', sent: '已发送 {count} 份邀请。', none: '暂无邀请。', sentBy: '邀请人',
        resend: '重新发送', revoke: '撤回', resent: '已重新发送邀请至 {email}。', revoked: '已撤回发给 {email} 的邀请。',
        status: { PENDING: '待接受', EXPIRED: '已过期', ACCEPTED: '已接受', REVOKED: '已撤回' },
      },
    },
  },
}

export default messages
