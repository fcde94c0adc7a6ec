import { describe, expect, it } from 'vitest';
import { auditActions, auditEntities } from '#functions/platform/audit/record';
import { enMessages } from '../../../admin/src/i18n/en';
import { zhMessages } from '../../../admin/src/i18n/zh';

const valueAt = (messages: object, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
const CHINESE = /[\u4e00-\u9fff]/;

/** What a person reads in the log for these actions and records, written out by hand. */
const expectedZh: Record<string, string> = {
  'action.requestImport': '发起导入',
  'action.changePassword': '修改本人密码',
  'action.sendTest': '发送测试短信',
  'action.resend': '重发短信',
  'entity.message': '短信',
};

describe('audit labels', () => {
  it('names every action and every kind of record the API can write, in Chinese and in English', () => {
    // Prepare: the lists every audit record is typed against (AuditRecord's action and entity)
    const keys = [
      ...auditActions.map((action) => `action.${action}`),
      ...auditEntities.map((entity) => `entity.${entity}`),
    ];

    // Act
    const unnamed = keys.filter((key) => {
      const zh = valueAt(zhMessages, `app.audit.${key}`);
      const en = valueAt(enMessages, `app.audit.${key}`);
      return (
        typeof zh !== 'string' || !CHINESE.test(zh) || typeof en !== 'string' || en === key.split('.')[1]
      );
    });

    // Assess
    expect(keys.length).toBeGreaterThan(15);
    expect(unnamed).toEqual([]);
  });

  it.each(Object.entries(expectedZh))('calls %s “%s”', (key, label) => {
    // Act
    const found = valueAt(zhMessages, `app.audit.${key}`);

    // Assess
    expect(found).toBe(label);
  });
});
