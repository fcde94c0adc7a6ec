/** 照片抽查 (the dust cleaning review gallery) strings, Chinese. */
export const dustReviewZh = {
  app: {
    dustReview: {
      title: '照片抽查',
      filters: { district: '辖市（区）', town: '镇（街道）', day: '上报日', state: '状态' },
      state: { queued: '待审核', approved: '已通过', rejected: '已驳回' },
      suspect: '可疑',
      approve: '通过',
      reject: '驳回',
      rejectTitle: '驳回清扫照片',
      rejectHint: '驳回后该日视为未完成清扫，并以短信通知场所联系人重新上传。',
      reason: '驳回原因',
      reasonRequired: '请填写驳回原因',
      reasonTooLong: '驳回原因不能超过 %{max} 个字',
      confirmReject: '确认驳回',
      approved: '已通过',
      rejected: '已驳回，已通知场所联系人重新上传',
      empty: '当前筛选条件下没有待抽查的照片',
      emptyHint: '每日抽查任务会把各镇（街道）当天的部分照片（可疑照片必抽）放入这里。',
      more: '加载更多',
      keys: '快捷键：← → ↑ ↓ 选择，A 通过，R 驳回',
      photoCount: '%{count} 张照片',
      reviewedReason: '驳回原因：%{reason}',
      open: '查看大图',
    },
  },
  resources: { 'dust-reviews': { name: '照片抽查' } },
};
