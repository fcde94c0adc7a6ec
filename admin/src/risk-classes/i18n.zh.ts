/** 风险辞典 screens' Chinese strings. */
export const riskClassesZh = {
  app: {
    riskClass: {
      empty: '辞典为空',
      photoRequired: '需拍照',
      seeded: '系统预置',
      retireHint:
        '风险类别不能删除；不再使用时将状态改为“已停用”，已有风险点不受影响，新增风险点不能再选它。',
    },
  },
  resources: {
    'risk-classes': {
      name: '风险辞典',
      fields: {
        name: '类别名称',
        family: '风险类型',
        level: '默认等级',
        cycleDays: '检查周期（天）',
        controls: '管控措施',
        checklist: '检查清单',
        'checklist.text': '检查内容',
        'checklist.photoRequired': '需拍照',
        status: '状态',
        seeded: '系统预置',
      },
    },
  },
};
