import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeMessages, withCheckChar } from '#functions/enterprises/domain/credit-code';
import { readHeader } from '#functions/enterprises/domain/header';
import { enterpriseInputSchema } from '#functions/enterprises/schemas/enterprises';
import { readXlsx } from '#functions/platform/files/xlsx-reader';
import { TEMPLATE_HEADERS } from '#tests/fixtures/enterprise-sheets';
import { toEnterpriseInput, validateEnterprise } from '../../../admin/src/enterprises/enterpriseInput';
import { importTemplateXlsx } from '../../../admin/src/enterprises/importTemplate';
import { importFileProblem } from '../../../admin/src/enterprises/useEnterpriseImport';
import { toUserUpdate, validateUserCreate } from '../../../admin/src/users/userInput';

/** Form values as react-admin hands them over: empty inputs are null, records carry id and timestamps. */
function makeEnterpriseValues(overrides: Record<string, unknown> = {}) {
  return {
    id: 'E1',
    creditCode: withCheckChar('91320412MA1X2Y304'),
    name: '常州市武进恒达机械有限公司',
    districtId: 'wujin',
    townId: 'T1',
    gridId: null,
    industry: '机械',
    status: '正常生产',
    flags: ['dust'],
    address: null,
    principal: { name: '李强', phone: '13812345678' },
    safetyContact: { name: null, phone: null },
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe('enterprise form', () => {
  it('accepts a complete enterprise and sends the API body without empty optional fields', () => {
    // Prepare
    const values = makeEnterpriseValues();

    // Act
    const errors = validateEnterprise(values);
    const body = toEnterpriseInput(values);

    // Assess
    expect(errors).toEqual({});
    expect(body).toEqual({
      creditCode: values.creditCode,
      name: values.name,
      districtId: 'wujin',
      townId: 'T1',
      gridId: null,
      industry: '机械',
      status: '正常生产',
      flags: ['dust'],
      address: undefined,
      principal: { name: '李强', phone: '13812345678' },
      safetyContact: undefined,
    });
    expect(enterpriseInputSchema.safeParse(body).success).toBe(true);
  });

  it('refuses a credit code whose check character is wrong, in the API’s words', () => {
    // Prepare
    const good = withCheckChar('91320412MA1X2Y301');
    const wrongCheck = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');

    // Act
    const errors = validateEnterprise(makeEnterpriseValues({ creditCode: wrongCheck }));

    // Assess
    expect(errors).toEqual({ creditCode: creditCodeMessages.check });
  });

  it('says 必填 for empty required fields and asks for both halves of a half-filled safety contact', () => {
    // Prepare
    const values = makeEnterpriseValues({
      creditCode: null,
      townId: null,
      industry: null,
      principal: { name: '李强', phone: null },
      safetyContact: { name: '张敏', phone: null },
    });

    // Act
    const errors = validateEnterprise(values);

    // Assess
    expect(errors).toEqual({
      creditCode: 'ra.validation.required',
      townId: 'ra.validation.required',
      industry: 'ra.validation.required',
      principal: { phone: 'ra.validation.required' },
      safetyContact: { phone: 'ra.validation.required' },
    });
  });

  it('refuses a phone that is not an 11-digit mobile with the API’s message', () => {
    // Act
    const errors = validateEnterprise(
      makeEnterpriseValues({ principal: { name: '李强', phone: '0519-8888' } }),
    );

    // Assess
    expect(errors).toEqual({ principal: { phone: '请输入 11 位手机号码' } });
  });

  it('refuses exactly the credit codes the API refuses', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...ALPHABET, 'I', 'O', 'a', '-'), minLength: 16, maxLength: 19 }),
        fc.boolean(),
        (text, completeIt) => {
          // Prepare: half the cases are valid codes, the rest anything near one
          const code =
            completeIt && /^[0-9A-HJ-NPQRTUWXY]{17}$/.test(text.slice(0, 17))
              ? withCheckChar(text.slice(0, 17))
              : text;
          const values = makeEnterpriseValues({ creditCode: code });

          // Act
          const clientRefuses = 'creditCode' in validateEnterprise(values);
          const apiRefuses = !enterpriseInputSchema.safeParse(toEnterpriseInput(values)).success;

          // Assess
          expect(clientRefuses).toBe(apiRefuses);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('user form', () => {
  it('asks for the scope the role needs: a grid member needs its district, town and grid', () => {
    // Prepare
    const values = {
      username: 'grid.zhang',
      password: 'Start2026',
      name: '张伟',
      phone: '13900001111',
      role: 'gridMember',
      districtId: 'wujin',
      townId: null,
      gridId: null,
    };

    // Act
    const errors = validateUserCreate(values);

    // Assess
    expect(errors).toEqual({ townId: 'ra.validation.required', gridId: 'ra.validation.required' });
  });

  it('refuses a weak initial password and a bad username with the API’s messages', () => {
    // Act
    const errors = validateUserCreate({
      username: 'Zhang Wei',
      password: 'abcdefgh',
      name: '张伟',
      phone: '13900001111',
      role: 'cityAdmin',
    });

    // Assess
    expect(errors).toEqual({
      username: '用户名为 3–32 位小写字母、数字、点、下划线或连字符，以字母开头',
      password: '密码须包含数字',
    });
  });

  it('sends only the scope fields of the chosen role', () => {
    // Act
    const body = toUserUpdate({
      name: '赵敏',
      phone: '13900002222',
      role: 'townOfficer',
      districtId: 'wujin',
      townId: 'T1',
      gridId: 'G9',
      enterpriseId: 'E3',
      isPrincipal: true,
    });

    // Assess
    expect(body).toEqual({
      name: '赵敏',
      phone: '13900002222',
      role: 'townOfficer',
      districtId: 'wujin',
      townId: 'T1',
      isPrincipal: false,
    });
  });
});

describe('import file check', () => {
  it.each([
    ['企业名单.xlsx', 2048, null],
    ['企业名单.CSV', 10, null],
    ['企业名单.xls', 2048, '只支持 .xlsx 或 .csv 文件'],
    ['空表.csv', 0, '文件为空'],
    ['大表.xlsx', 21 * 1024 * 1024, '文件不能超过 20 MB'],
  ])('checks %s (%i bytes) as the API would', (name, size, problem) => {
    // Prepare
    const file = { name, size } as File;

    // Act
    const found = importFileProblem(file);

    // Assess
    expect(found).toBe(problem);
  });
});

describe('import template', () => {
  it('is an XLSX whose first row is a header the importer accepts with every column', async () => {
    // Act
    const rows = readXlsx(await importTemplateXlsx([]));
    const header = readHeader(rows[0]?.cells ?? []);

    // Assess
    expect(rows).toHaveLength(2); // the header and the example row (tests/unit/enterprises/import-template)
    expect(rows[0]?.cells).toEqual(TEMPLATE_HEADERS);
    expect(Object.keys('positions' in header ? header.positions : {})).toHaveLength(15);
  });
});
