import { describe, expect, it } from 'vitest';
import { fieldLabel, formatAuditValue } from '../../../admin/src/audit/auditFormat';
import { zhMessages } from '../../../admin/src/i18n/zh';

/** react-admin's translate over the console's Chinese messages: a string at the key, else `_`, else the key. */
function makeTranslate(messages: object = zhMessages) {
  return (key: string, options: Record<string, unknown> = {}): string => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
    const text = typeof found === 'string' ? found : typeof options._ === 'string' ? options._ : key;
    return text.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name] ?? ''));
  };
}

describe('audit field labels', () => {
  it.each([
    ['enterprise', 'name', '企业名称'],
    ['enterprise', 'industry', '行业'],
    ['user', 'role', '角色'],
    ['user', 'districtId', '辖市（区）'],
  ])('names the %s field %s by its form label', (entity, field, label) => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const found = fieldLabel(translate, entity, field);

    // Assess
    expect(found).toBe(label);
  });

  it('names a nested contact by its group, the person rather than the phone', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const principal = fieldLabel(translate, 'enterprise', 'principal');
    const safetyContact = fieldLabel(translate, 'enterprise', 'safetyContact');

    // Assess
    expect(principal).toBe('主要负责人');
    expect(safetyContact).toBe('安全联系人');
  });

  it('falls back to the field name for a field or entity the console has no label for', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const unknownField = fieldLabel(translate, 'enterprise', 'legacyCode');
    const unknownEntity = fieldLabel(translate, 'photo', 'caption');

    // Assess
    expect(unknownField).toBe('legacyCode');
    expect(unknownEntity).toBe('caption');
  });

  it('looks an unmapped entity up under its own name as the resource', () => {
    // Prepare
    const translate = makeTranslate({ resources: { photo: { fields: { caption: '说明' } } } });

    // Act
    const label = fieldLabel(translate, 'photo', 'caption');

    // Assess
    expect(label).toBe('说明');
  });
});

describe('audit values', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an empty string', ''],
    ['an empty list', []],
  ])('shows %s as （空）', (_, value) => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const shown = formatAuditValue(translate, 'flags', value);

    // Assess
    expect(shown).toBe('（空）');
  });

  it('shows booleans as 是 and 否', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const yes = formatAuditValue(translate, 'disabled', true);
    const no = formatAuditValue(translate, 'disabled', false);

    // Assess
    expect(yes).toBe('是');
    expect(no).toBe('否');
  });

  it('names a district, and keeps an id it does not know', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const known = formatAuditValue(translate, 'districtId', 'wujin');
    const unknown = formatAuditValue(translate, 'districtId', 'nanjing');

    // Assess
    expect(known).toBe('武进区');
    expect(unknown).toBe('nanjing');
  });

  it('names a role as the bureau says it, and keeps a role it does not know', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const known = formatAuditValue(translate, 'role', 'townOfficer');
    const unknown = formatAuditValue(translate, 'role', 'auditor');

    // Assess
    expect(known).toBe('镇（街道）监管员');
    expect(unknown).toBe('auditor');
  });

  it('names an SMS status and template, and keeps an enterprise status (Chinese already) as it is', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const dead = formatAuditValue(translate, 'status', 'DEAD');
    const template = formatAuditValue(translate, 'template', 'dustRemind');
    const enterpriseStatus = formatAuditValue(translate, 'status', '停产');

    // Assess
    expect(dead).toBe('已放弃');
    expect(template).toBe('粉尘清扫一天提醒');
    expect(enterpriseStatus).toBe('停产');
  });

  it('names flags in Chinese joined by 、, keeping a flag it does not know', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const shown = formatAuditValue(translate, 'flags', ['dust', 'nonCoalMine', 'newFlag']);

    // Assess
    expect(shown).toBe('涉爆粉尘、非煤矿山、newFlag');
  });

  it('joins other lists as they are, without translating them', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const shown = formatAuditValue(translate, 'tags', ['dust', 3]);

    // Assess
    expect(shown).toBe('dust、3');
  });

  it('shows a contact as name and masked phone, leaving out the parts that are empty', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const full = formatAuditValue(translate, 'principal', { name: '李强', phone: '138****5678' });
    const nameOnly = formatAuditValue(translate, 'safetyContact', { name: '王芳', phone: null });
    const none = formatAuditValue(translate, 'safetyContact', { name: '', phone: undefined });

    // Assess
    expect(full).toBe('李强 138****5678');
    expect(nameOnly).toBe('王芳');
    expect(none).toBe('');
  });

  it('shows text and numbers as they are, districtId and role only when they are text', () => {
    // Prepare
    const translate = makeTranslate();

    // Act
    const text = formatAuditValue(translate, 'name', '常州市武进恒达机械有限公司');
    const number = formatAuditValue(translate, 'segments', 2);
    const numericDistrict = formatAuditValue(translate, 'districtId', 320412);
    const numericRole = formatAuditValue(translate, 'role', 0);

    // Assess
    expect(text).toBe('常州市武进恒达机械有限公司');
    expect(number).toBe('2');
    expect(numericDistrict).toBe('320412');
    expect(numericRole).toBe('0');
  });
});
