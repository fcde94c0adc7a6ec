/** 中介机构 screens' Chinese strings. */
export const agenciesZh = {
  app: {
    agency: {
      type: {
        assessment: '安全评价',
        testing: '检测检验',
        consulting: '咨询',
        training: '培训',
        other: '其他',
      },
      status: { registered: '已登记', suspended: '暂停', deregistered: '已注销' },
      listed: { true: '公告', false: '未公告' },
      tabs: { details: '基本信息', deductions: '扣分记录（本年度）', appeals: '申诉记录', none: '暂无记录' },
      empty: '还没有中介机构',
      emptyHint:
        '登记技术服务机构（安全评价、检测检验、咨询、培训等）后，即可按考评细则扣分并公告符合要求的机构。',
    },
  },
  resources: {
    agencies: {
      name: '中介机构',
      fields: {
        name: '机构名称',
        creditCode: '统一社会信用代码',
        type: '机构类型',
        districtId: '注册辖市（区）',
        workDistrictIds: '从业区域',
        certificateNo: '资质证书编号',
        certificateExpiry: '证书有效期至',
        contactName: '联系人',
        contactPhone: '联系电话',
        status: '状态',
        score: '本年度得分',
        listed: '公告',
        updatedAt: '更新时间',
        q: '名称',
      },
    },
  },
};
