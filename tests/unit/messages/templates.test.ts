import { describe, expect, it } from 'vitest';
import {
  isSmsTemplate,
  renderSms,
  SMS_SIGNATURE,
  segmentCount,
  smsTemplateCodes,
  smsTemplates,
} from '#functions/messages/domain/templates';

describe('the SMS templates', () => {
  it('render every template with the 【常安码】 signature first', () => {
    // Prepare
    const samples: Record<string, Record<string, unknown>> = {
      test: {},
      dustRemind: { site: '武进某工地', date: '2026-11-30' },
      dustUrge: { site: '武进某工地', since: '2026-11-28' },
      dustVerify: { site: '武进某工地', since: '2026-11-24' },
      dustReupload: { site: '一号车间打磨区', date: '2026-11-30', reason: '照片模糊' },
      riskOverdue: { enterprise: '常州某化工有限公司', count: 3 },
      hazardDeadline: { enterprise: '常州某化工有限公司', hazard: '消防通道堵塞', deadline: '2026-12-05' },
      riskOverdueDigest: { count: 4, worstLevel: '重大风险' },
      hazardOverdue: { enterprise: '常州某化工有限公司', hazard: '消防通道堵塞', deadline: '2026-12-05' },
      townRiskEscalation: { town: '湖塘镇', count: 5, enterprises: 2 },
      townHazardEscalation: { town: '湖塘镇', count: 3, enterprises: 1 },
      campaignRemind: { campaign: '冬季消防安全', deadline: '2026-12-31' },
      selfCheckInvite: {
        campaign: '冬季消防安全自查',
        deadline: '2026-12-31',
        link: 'https://console.changzhou.example.cn/m/c/01J0000000000000000000000',
      },
      selfCheckRemind: {
        campaign: '冬季消防安全自查',
        deadline: '2026-12-31',
        link: 'https://console.changzhou.example.cn/m/c/01J0000000000000000000000',
      },
    };

    // Act
    const rendered = smsTemplateCodes.map((code) => renderSms(code, samples[code] ?? {}));

    // Assess
    expect(smsTemplateCodes).toEqual(Object.keys(samples));
    for (const sms of rendered) expect(sms.text.startsWith(SMS_SIGNATURE)).toBe(true);
    expect(rendered.find((sms) => sms.template === 'riskOverdue')?.text).toBe(
      '【常安码】常州某化工有限公司有3个风险点检查已逾期，请尽快登录常安码完成检查。',
    );
    expect(rendered.find((sms) => sms.template === 'riskOverdueDigest')?.text).toBe(
      '【常安码】您单位有4个风险点逾期未巡查（最高等级：重大风险），请尽快扫码巡查。',
    );
    expect(rendered.find((sms) => sms.template === 'townRiskEscalation')?.text).toBe(
      '【常安码】湖塘镇有2家企业的5个重大、较大风险点逾期超过3天未巡查，请督促整改。',
    );
    expect(rendered.find((sms) => sms.template === 'riskOverdue')?.params).toEqual({
      enterprise: '常州某化工有限公司',
      count: '3',
    });
  });

  it('mark only the test message and the seven-day dust check urgent', () => {
    // Act
    const urgent = smsTemplateCodes.filter((code) => smsTemplates[code].urgent);

    // Assess
    expect(urgent).toEqual(['test', 'dustVerify']);
  });

  it('refuse missing or malformed params', () => {
    // Act & Assess
    expect(() => renderSms('dustRemind', { site: '武进某工地' })).toThrow();
    expect(() => renderSms('dustRemind', { site: '武进某工地', date: '11/30' })).toThrow();
    expect(() => renderSms('riskOverdue', { enterprise: '某企业', count: 0 })).toThrow();
    expect(() =>
      renderSms('hazardDeadline', { enterprise: '', hazard: 'x', deadline: '2026-12-05' }),
    ).toThrow();
  });

  it('count segments in characters: 70 in one, then parts of 67', () => {
    // Assess
    expect(segmentCount('短'.repeat(70))).toBe(1);
    expect(segmentCount('短'.repeat(71))).toBe(2);
    expect(segmentCount('短'.repeat(134))).toBe(2);
    expect(segmentCount('短'.repeat(135))).toBe(3);
    expect(segmentCount('a'.repeat(70))).toBe(1);
    expect(segmentCount('😀'.repeat(70))).toBe(1); // one character, two UTF-16 units
  });

  it('trim the params it puts into the text and refuse blank ones', () => {
    // Act
    const sms = renderSms('dustRemind', { site: '  武进某工地 ', date: '2026-11-30' });

    // Assess
    expect(sms.text).toBe(
      '【常安码】提醒：粉尘场所“武进某工地”2026-11-30尚未完成清扫拍照上报，请今日内扫码上报。',
    );
    expect(sms.params).toEqual({ site: '武进某工地', date: '2026-11-30' });
    expect(() => renderSms('riskOverdue', { enterprise: '   ', count: 2 })).toThrow();
  });

  it('know their own codes and nothing else, inherited names included', () => {
    // Assess
    expect(isSmsTemplate('dustRemind')).toBe(true);
    expect(isSmsTemplate('test')).toBe(true);
    expect(isSmsTemplate('dustRemind2')).toBe(false);
    expect(isSmsTemplate('toString')).toBe(false);
  });
});
