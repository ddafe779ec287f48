import type { FeatureMessages } from '@/i18n/messages'

// the admin screen's audit tab (features/admin/AdminPage.vue)
const messages: FeatureMessages = {
  en: {
    adminAudit: {
      tab: 'Audit', q: 'Search names, addresses, ids', action: 'Action', objectType: 'Object', actor: 'Actor',
      objectId: 'Object id', range: 'Time range', from: 'From', to: 'To', export: 'Export CSV', none: 'No entries match.',
      at: 'When', changes: 'Changes', nobody: 'Process or sign-in page', operator: 'Platform operator', total: '{n} entries',
      objects: {
        ORGANISATION: 'Organisation', USER: 'User', INVITATION: 'Invitation', API_TOKEN: 'API token',
        PARTICIPANT: 'Project participant', MEMBER: 'Project member', SSO: 'Single sign-on', SIGN_IN_POLICY: 'Sign-in policy', SERVICE_DESK: 'Service desk', TENANT: 'Tenant',
      },
      actions: {
        CREATED: 'Created', UPDATED: 'Updated', DEACTIVATED: 'Deactivated', REACTIVATED: 'Reactivated', ISSUED: 'Issued',
        RESENT: 'Sent again', REVOKED: 'Revoked', ACCEPTED: 'Accepted', PASSWORD_RESET_REQUESTED: 'Password reset requested',
        ROLE_SET: 'Role set', REMOVED: 'Removed', SUSPENDED: 'Suspended by the platform operator', RESUMED: 'Resumed by the platform operator',
      },
    },
  },
  'zh-CN': {
    adminAudit: {
      tab: '审计日志', q: '搜索名称、邮箱、编号', action: '操作', objectType: '对象', actor: '操作人',
      objectId: '对象编号', range: '时间范围', from: '开始', to: '结束', export: '导出 CSV', none: '没有符合条件的记录。',
      at: '时间', changes: '变更内容', nobody: '流程或登录页', operator: '平台运营方', total: '共 {n} 条',
      objects: {
        ORGANISATION: '组织', USER: '用户', INVITATION: '邀请', API_TOKEN: 'API 令牌',
        PARTICIPANT: '项目参与组织', MEMBER: '项目成员', SSO: '单点登录', SIGN_IN_POLICY: '登录策略', SERVICE_DESK: '服务台', TENANT: '租户',
      },
      actions: {
        CREATED: '创建', UPDATED: '修改', DEACTIVATED: '停用', REACTIVATED: '重新启用', ISSUED: '签发',
        RESENT: '重新发送', REVOKED: '撤销', ACCEPTED: '接受', PASSWORD_RESET_REQUESTED: '申请重置密码',
        ROLE_SET: '设置角色', REMOVED: '移除', SUSPENDED: '被平台运营方暂停', RESUMED: '被平台运营方恢复',
      },
    },
  },
}

export default messages
