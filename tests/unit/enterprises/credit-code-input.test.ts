import { describe, expect, it } from 'vitest';
import { normalizeCreditCode, withCheckChar } from '#functions/enterprises/domain/credit-code';
import { enterpriseFromRow } from '#functions/enterprises/domain/row';
import { creditCodeSchema } from '#functions/enterprises/schemas/enterprises';
import { orgDirectory } from '#functions/org/domain/directory';
import {
  creditCodeInput,
  duplicateCodeOf,
  validateEnterpriseKnowing,
} from '../../../admin/src/enterprises/enterpriseInput';

/** Issue 10, item 7: a code pasted from a letter, a PDF or a web page, with the spaces those carry. */
const CODE = withCheckChar('91320412MA1X2Y304');

describe('a credit code as people paste it', () => {
  it('loses blanks, tabs, line breaks, no-break, full-width (U+3000) and zero-width spaces, inside and around', () => {
    // Prepare
    const pasted = [
      ` ${CODE} `,
      `${CODE.slice(0, 6)} ${CODE.slice(6, 12)} ${CODE.slice(6 + 6)}`,
      `\u3000${CODE.slice(0, 9)}\u3000${CODE.slice(9)}\u3000`,
      `${CODE.slice(0, 9)}\t${CODE.slice(9)}\r\n`,
      `${CODE.slice(0, 9)}\u00a0${CODE.slice(9, 12)}\u200b${CODE.slice(12)}\ufeff`,
    ];

    // Act
    const normalized = pasted.map(normalizeCreditCode);

    // Assess
    expect(normalized).toEqual(pasted.map(() => CODE));
  });

  it('reads full-width digits and letters (an input method’s) as the ASCII ones, and keeps the case', () => {
    // Prepare
    const fullWidth = [...CODE].map((char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0)).join('');

    // Act
    const normalized = normalizeCreditCode(fullWidth);

    // Assess
    expect(normalized).toBe(CODE);
    expect(normalizeCreditCode(CODE.toLowerCase())).toBe(CODE.toLowerCase());
  });

  it('is what the API schema validates and stores, and it still refuses a lower-case code', () => {
    // Act
    const spaced = creditCodeSchema.safeParse(`\u3000${CODE.slice(0, 9)} ${CODE.slice(9)} `);
    const lower = creditCodeSchema.safeParse(` ${CODE.toLowerCase()} `);

    // Assess
    expect(spaced).toEqual({ success: true, data: CODE });
    expect(lower.success).toBe(false);
  });

  it('is what the console form keeps of a paste, upper-cased as it is typed', () => {
    expect(creditCodeInput(` ${CODE.slice(0, 9).toLowerCase()}\u3000${CODE.slice(9)} `)).toBe(CODE);
    expect(creditCodeInput('')).toBeNull();
  });

  it('is what an import row is checked and stored with', () => {
    // Prepare
    const directory = orgDirectory([{ id: 'T1', districtId: 'wujin', name: '湖塘镇' }], []);
    const cells = {
      creditCode: `${CODE.slice(0, 9)}\u3000${CODE.slice(9)}`,
      name: '常州市武进恒达机械有限公司',
      district: '武进区',
      town: '湖塘镇',
      industry: '机械',
      principalName: '李强',
      principalPhone: '13812345678',
    };

    // Act
    const outcome = enterpriseFromRow(2, cells, directory);

    // Assess
    expect(outcome).toMatchObject({ input: { creditCode: CODE } });
  });
});

describe('a duplicate credit code in the console form', () => {
  const message = `统一社会信用代码 ${CODE} 已登记，请核对后重试，或在企业列表中查找该企业`;
  const refusal = (existingId?: string) => ({
    status: 409,
    body: { error: { code: 'DUPLICATE_CREDIT_CODE', message, ...(existingId ? { existingId } : {}) } },
  });
  const values = (creditCode: string) => ({
    creditCode,
    name: '常州市武进恒达机械有限公司',
    districtId: 'wujin',
    townId: 'T1',
    gridId: null,
    industry: '机械',
    principal: { name: '李强', phone: '13812345678' },
  });

  it('reads the holder from a 409 only when the API named it, and nothing from other failures', () => {
    expect(duplicateCodeOf(refusal('E1'), CODE)).toEqual({ creditCode: CODE, message, existingId: 'E1' });
    expect(duplicateCodeOf(refusal(), CODE)).toEqual({ creditCode: CODE, message });
    expect(duplicateCodeOf({ status: 409, body: { error: { code: 'STALE_RECORD', message } } }, CODE)).toBe(
      undefined,
    );
    expect(duplicateCodeOf(new Error('offline'), CODE)).toBeUndefined();
  });

  it('keeps the API’s message on the field while it holds the refused code, and drops it for another code', () => {
    // Prepare
    const validate = validateEnterpriseKnowing(duplicateCodeOf(refusal('E1'), CODE));

    // Act
    const same = validate(values(CODE));
    const other = validate(values(withCheckChar('91320412MA1X2Y305')));

    // Assess
    expect(same).toEqual({ creditCode: message });
    expect(other).toEqual({});
  });
});
