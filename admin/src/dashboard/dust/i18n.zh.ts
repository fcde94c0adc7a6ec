/** 粉尘清扫上报率 widget texts (app.dustRate.*). */
export const dustRateZh = {
  app: {
    dustRate: {
      title: '粉尘清扫上报率',
      today: '今日上报率',
      counts: '已上报 %{uploaded} / %{sites} 个场所',
      empty: '今日尚无上报率快照：每小时（北京时间 整点后 5 分）更新一次，每日 18:00 提醒未上报场所',
      missingTitle: '今日尚未上报的场所（%{count} 个）',
      missingNone: '范围内的场所今日均已上报',
      more: '另有 %{count} 个，请导出查看',
      site: '场所',
      location: '位置',
      area: '镇街',
      trendTitle: '近 90 天上报率',
      mean: '期间均值 %{percent}',
      noValue: '无数据',
      sheet: '今日未上报粉尘场所',
    },
  },
};
