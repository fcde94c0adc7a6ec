/** The audit screens' Chinese strings: `app.*` for their own texts, `resources.audit.*` for react-admin's. */
export const auditZh = {
  app: {
    audit: {
      empty: '（空）',
      noChanges: '此操作没有字段变更。',
      field: '字段',
      before: '修改前',
      after: '修改后',
      entity: {
        enterprise: '企业',
        user: '用户',
        town: '镇（街道）',
        grid: '网格',
        message: '短信',
        unknown: '未知对象',
      },
      action: {
        create: '新建',
        update: '修改',
        delete: '删除',
        disable: '停用',
        enable: '启用',
        resetPassword: '重置密码',
        unlock: '解除登录锁定',
        changePassword: '修改本人密码',
        requestImport: '发起导入',
        import: '导入',
        export: '导出',
        resend: '重发短信',
        sendTest: '发送测试短信',
        unrecorded: '写入（未记录明细）',
      },
    },
  },
  resources: {
    audit: {
      name: '操作日志',
      fields: {
        at: '时间',
        actorName: '操作人',
        action: '操作',
        entity: '对象',
        districtId: '辖市（区）',
      },
    },
  },
};
