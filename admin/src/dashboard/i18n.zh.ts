/** The dashboard screens' Chinese strings: `app.*` for their own texts, `resources.dashboard.*` for react-admin's. */
export const dashboardZh = {
  app: {
    dashboard: {
      title: '首页',
      welcome: {
        title: '欢迎使用常安码',
        body: '常安码是常州市工贸企业安全生产监管平台。企业扫描张贴在风险点、粉尘场所的常安码，完成扫码自查、隐患上报和清扫拍照；监管人员在这里查看台账、审核督办、统计排名。',
        scope: '市局、辖市（区）、镇（街道）和网格员各自看到本辖区的数据。',
        coming: '风险点、隐患、粉尘清扫、中介机构等功能将陆续上线，届时会出现在左侧菜单中。',
      },
      health: {
        title: '系统状态',
        loading: '正在检查系统状态…',
        status: '运行状态',
        version: '版本',
        ok: '正常',
        abnormal: '异常',
        error: '无法获取系统状态：%{message}',
        retry: '重试',
        refresh: '重新检查',
      },
      account: {
        title: '我的账号',
        name: '姓名',
        username: '用户名',
        role: '角色',
        scope: '管辖范围',
        principal: '主要负责人',
      },
      stats: {
        empty: '统计尚未生成，每 %{minutes} 分钟更新',
        generatedAt: '统计时间：%{time}（北京时间），每 %{minutes} 分钟更新',
        enterprises: {
          title: '企业概况',
          total: '家企业',
          count: '企业数',
          coverage: '网格覆盖率',
          area: { city: '辖市（区）', district: '镇（街道）', town: '网格', grid: '网格' },
        },
        coverage: {
          title: '网格覆盖',
          inGrid: '网格内 %{count} 家',
          outside: '网格外 %{count} 家',
          none: '辖区内暂无企业',
        },
        accounts: { title: '账号', total: '个账号', disabled: '其中已停用 %{count} 个' },
        messages: { title: '今日消息', total: '条（%{day}，北京时间）', open: '查看今日消息' },
      },
    },
  },
};
