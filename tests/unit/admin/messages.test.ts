import { describe, expect, it } from 'vitest';
import { smsTemplates } from '#functions/messages/domain/templates';
import { testMessageSchema } from '#functions/messages/schemas';
import { zhMessages } from '../../../admin/src/i18n/zh';
import { isUnsettled, messageTemplateCodes } from '../../../admin/src/messages/messageFormat';
import { toTestMessage, validateTestMessage } from '../../../admin/src/messages/messageInput';

describe('message center: test message dialog', () => {
  it('accepts a mainland mobile number and sends it trimmed', () => {
    // Act
    const errors = validateTestMessage({ phone: ' 13800001234 ' });

    // Assess
    expect(errors).toEqual({});
    expect(toTestMessage({ phone: ' 13800001234 ' })).toEqual({ phone: '13800001234' });
  });

  it.each(['12800001234', '1380000123', '138000012345', '23800001234', '1380000123a'])(
    'refuses %s with the message the API gives',
    (phone) => {
      // Prepare
      const api = testMessageSchema.safeParse({ phone });

      // Act
      const errors = validateTestMessage({ phone });

      // Assess
      expect(api.success).toBe(false);
      expect(errors).toEqual({ phone: api.error?.issues[0]?.message });
    },
  );

  it('says 必填 for an empty phone', () => {
    // Act
    const errors = validateTestMessage({ phone: null });

    // Assess
    expect(errors).toEqual({ phone: 'ra.validation.required' });
  });
});

describe('message center: polling', () => {
  it.each([
    ['PENDING', true],
    ['SENDING', true],
    ['FAILED', true],
    ['SENT', false],
    ['DEAD', false],
    [undefined, false],
  ])('reads a %s message again: %s', (status, expected) => {
    // Act
    const polls = isUnsettled(status);

    // Assess
    expect(polls).toBe(expected);
  });
});

describe('message center: templates', () => {
  it('offers every template the API has, labelled as the API labels it', () => {
    // Prepare
    const labels = (zhMessages as unknown as { app: { message: { template: Record<string, string> } } }).app
      .message.template;

    // Act
    const api = Object.entries(smsTemplates).map(([code, spec]) => [code, spec.label]);
    const offered = messageTemplateCodes.map((code) => [code, labels[code]]);

    // Assess
    expect(offered.sort()).toEqual(api.sort());
  });
});
