/** The messages screens' Chinese strings: `app.*` for their own texts, `resources.messages.*` for react-admin's. */
export const messagesZh = {
  app: {
    message: {
      empty: '暂无消息',
      all: '全部',
      emptyHint: '业务提醒和测试短信发出后会列在这里，可查看每次发送的结果。',
      status: {
        PENDING: '待发送',
        SENDING: '发送中',
        SENT: '已发送',
        FAILED: '失败待重试',
        DEAD: '已放弃',
      },
      outcome: { SENT: '成功', FAILED: '失败' },
      /** The SMS channels (SMS_PROVIDER): `console` only prints, on the local stack. */
      provider: {
        console: '本地控制台（演示，不实际发送）',
        sns: '亚马逊 SNS 短信',
        http: '短信网关（HTTP）',
      },
      template: {
        test: '测试短信',
        dustRemind: '扬尘一天提醒',
        dustUrge: '扬尘三天督促',
        dustVerify: '扬尘七天核查',
        riskOverdue: '风险点逾期',
        hazardDeadline: '隐患整改到期',
        campaignRemind: '专项行动提醒',
      },
      sections: {
        message: '短信内容',
        recipient: '收件人与事由',
        timing: '发送情况（北京时间）',
        history: '发送记录',
      },
      history: {
        none: '尚未尝试发送。',
        at: '时间（北京时间）',
        outcome: '结果',
        provider: '通道',
        providerMessageId: '回执编号',
        error: '错误',
        ms: '耗时',
      },
      resend: {
        button: '重发',
        title: '重发这条短信？',
        content: '这条发给 %{phone} 的短信已放弃发送。重发后将重新排队，由发送任务再尝试最多 5 次。',
        done: '已重新排队发送',
        failed: '重发失败：%{message}',
      },
      test: {
        button: '发送测试短信',
        title: '发送测试短信',
        intro: '向一个手机号码发送一条测试短信，用来检查短信通道的配置。发送后可在消息详情中查看结果。',
        phone: '手机号码',
        send: '发送',
        queued: '测试短信已进入发送队列',
      },
    },
  },
  resources: {
    messages: {
      name: '消息中心',
      fields: {
        createdAt: '时间',
        recipient: '收件人',
        template: '模板',
        text: '内容',
        segments: '条数',
        status: '状态',
        attempts: '尝试次数',
        nextAttemptAt: '下次尝试',
        districtId: '辖市（区）',
        date: '日期',
        concerns: '事由',
        enqueuedBy: '发起人',
        sentAt: '发送成功时间',
        lastError: '最近错误',
      },
    },
  },
};
