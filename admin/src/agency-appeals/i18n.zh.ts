/** 申诉 screens' Chinese strings. */
export const agencyAppealsZh = {
  app: {
    agencyAppeal: {
      empty: '没有申诉',
      emptyHint: '中介机构在扣分日期后的申诉期内可对扣分提出申诉，由作出扣分的单位维持或撤销。',
      deduction: '被申诉的扣分',
      uphold: '维持扣分',
      revoke: '撤销扣分',
      upholdHint: '维持后扣分继续有效，机构得分不变；处理结果记入操作日志并告知机构。',
      revokeHint: '撤销后该扣分不再计入机构得分，分值恢复；处理结果记入操作日志并告知机构。',
      reason: '处理理由',
      reasonRequired: '请填写处理理由',
      confirmUphold: '确认维持',
      confirmRevoke: '确认撤销扣分',
      done: '申诉已处理',
    },
  },
  resources: {
    'agency-appeals': {
      name: '申诉处理',
      fields: {
        agencyName: '中介机构',
        agencyId: '中介机构',
        deductionId: '扣分记录',
        issuingDistrictId: '作出扣分单位',
        statement: '申诉陈述',
        evidenceIds: '申诉证据',
        status: '状态',
        decisionReason: '处理理由',
        decidedAt: '处理时间',
        createdAt: '申诉时间',
      },
    },
  },
};
