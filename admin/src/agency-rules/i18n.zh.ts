/** 考评细则 screens' Chinese strings. */
export const agencyRulesZh = {
  app: {
    agencyRule: {
      active: { true: '启用', false: '停用' },
      points: '%{points} 分',
      range: '%{min}–%{max} 分',
      versions: '历史版本',
      empty: '还没有考评细则',
      emptyHint: '按 DB3204/T1032—2022 录入考评细则（编号、内容、类别、扣分）后，区管理员即可据此扣分。',
      versionHint: '每次保存生成新版本；已扣分记录保留其扣分时的细则内容与分值。',
    },
  },
  resources: {
    'agency-rules': {
      name: '考评细则',
      fields: {
        code: '编号',
        version: '版本',
        description: '细则内容',
        category: '类别',
        points: '固定扣分',
        pointsMin: '最低扣分',
        pointsMax: '最高扣分',
        active: '启用',
        updatedAt: '更新时间',
        versions: '历史版本',
      },
    },
  },
};
