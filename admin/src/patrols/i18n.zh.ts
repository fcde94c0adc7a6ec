/** The 网格化巡查 screens' Chinese strings: `app.patrol.*` for their own texts, `resources.patrols.*` for react-admin's. */
export const patrolsZh = {
  app: {
    patrol: {
      empty: '暂无巡查记录',
      emptyHint: '网格员在手机上巡查本网格企业后，巡查记录会列在这里。',
      answer: { pass: '符合', fail: '不符合', na: '不涉及' },
      origin: { city: '市级', district: '辖市（区）增加' },
      failedCount: '%{count} 项不符合',
      hazardCount: '%{count} 条隐患',
      codeChecked: { true: '已检查', false: '未检查' },
      noOverdue: '巡查时无逾期风险点',
      noHazards: '本次巡查未登记隐患',
      noPhotos: '暂无可查看的照片。',
      hazardLink: '查看隐患',
      sections: {
        patrol: '巡查情况',
        answers: '检查项（巡查时的版本）',
        hazards: '发现的隐患',
        code: '常安码使用情况',
        photos: '照片',
      },
    },
  },
  resources: {
    patrols: {
      name: '网格化巡查',
      fields: {
        at: '巡查时间',
        day: '巡查日',
        enterpriseName: '企业',
        enterpriseId: '企业',
        districtId: '辖市（区）',
        townId: '镇（街道）',
        gridId: '网格',
        patrolledByName: '网格员',
        formVersion: '巡查表版本',
        failedItemIds: '不符合项',
        hazardIds: '隐患',
        codeChecked: '常安码使用检查',
        overdueRiskPoints: '逾期风险点',
        note: '巡查说明',
        from: '开始日期',
        to: '结束日期',
      },
    },
  },
};
