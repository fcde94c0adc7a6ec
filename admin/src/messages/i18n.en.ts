/** The messages screens' English strings: `app.*` for their own texts, `resources.messages.*` for react-admin's. */
export const messagesEn = {
  app: {
    message: {
      empty: 'No messages yet',
      all: 'All',
      emptyHint: 'Reminders and test messages are listed here once queued, with the result of each attempt.',
      status: {
        PENDING: 'Pending',
        SENDING: 'Sending',
        SENT: 'Sent',
        FAILED: 'Failed, will retry',
        DEAD: 'Given up',
      },
      outcome: { SENT: 'Sent', FAILED: 'Failed' },
      provider: {
        console: 'Local console (demo, not sent)',
        sns: 'Amazon SNS SMS',
        http: 'SMS gateway (HTTP)',
      },
      template: {
        test: 'Test message',
        dustRemind: 'Dust check: 1-day reminder',
        dustUrge: 'Dust check: 3-day urge',
        dustVerify: 'Dust check: 7-day on-site check',
        riskOverdue: 'Risk points overdue',
        hazardDeadline: 'Hazard fix due',
        riskOverdueDigest: 'Overdue risk points (daily)',
        hazardOverdue: 'Hazard fix overdue',
        townRiskEscalation: 'Overdue risk points (town escalation)',
        townHazardEscalation: 'Overdue hazards (town escalation)',
        campaignRemind: 'Campaign reminder',
      },
      sections: {
        message: 'Message',
        recipient: 'Recipient and subject',
        timing: 'Delivery (Beijing time)',
        history: 'Attempts',
      },
      history: {
        none: 'No attempt yet.',
        at: 'Time (Beijing time)',
        outcome: 'Result',
        provider: 'Provider',
        providerMessageId: 'Receipt id',
        error: 'Error',
        ms: 'Duration',
      },
      resend: {
        button: 'Resend',
        title: 'Resend this message?',
        content:
          'The message to %{phone} was given up. Resending queues it again; the dispatcher tries up to 5 more times.',
        done: 'Queued for sending again',
        failed: 'Could not resend: %{message}',
      },
      test: {
        button: 'Send test SMS',
        title: 'Send a test SMS',
        intro:
          'Sends a test message to one mobile number to check the SMS provider settings. Its page shows the result.',
        phone: 'Mobile number',
        send: 'Send',
        queued: 'The test message is queued',
      },
    },
  },
  resources: {
    messages: {
      name: 'Message center |||| Message center',
      fields: {
        createdAt: 'Time',
        recipient: 'Recipient',
        template: 'Template',
        text: 'Text',
        segments: 'Segments',
        status: 'Status',
        attempts: 'Attempts',
        nextAttemptAt: 'Next attempt',
        districtId: 'District',
        date: 'Date',
        concerns: 'Subject',
        enqueuedBy: 'Queued by',
        sentAt: 'Sent at',
        lastError: 'Last error',
      },
    },
  },
};
