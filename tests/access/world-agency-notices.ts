import { signedIn } from '#tests/fixtures/auth';
import { callApi } from '#tests/fixtures/local-stack';
import type { KnownRow, Ownership, World } from './world';
import { post, uniqueName } from './world';

/** What the notice rows share, made once per matrix run on first use (the world holds no deductions). */
export interface NoticeWorld {
  /** A live deduction of each world agency, issued by its district (own and sameDistrict: 武进区; other: 溧阳市). */
  deductions: Record<Ownership, string>;
  /** A published notice of each deduction, issued by the deduction's district. */
  published: Record<Ownership, string>;
}

const RULE = 'TB-01';
const issuerOf = (ownership: Ownership) => (ownership === 'otherDistrict' ? 'liyang' : 'wujin');
let made: Promise<NoticeWorld> | undefined;

async function build(w: World): Promise<NoticeWorld> {
  const rule = await callApi(w.stack, `/api/agency-rules/${RULE}`, { headers: w.headers.cityAdmin });
  if (rule.status !== 200)
    await post(w.stack, w.headers.cityAdmin, '/api/agency-rules', {
      code: RULE,
      description: '通报矩阵细则',
      category: '技术服务质量',
      points: 2,
    });
  const liyangAdmin = (await signedIn(w.stack, { role: 'districtAdmin', districtId: 'liyang' })).headers;
  const deduct = async (ownership: Ownership) =>
    (
      await post(
        w.stack,
        ownership === 'otherDistrict' ? liyangAdmin : w.headers.districtAdmin,
        '/api/agency-deductions',
        {
          agencyId: w.agencies[ownership],
          ruleCode: RULE,
          points: 2,
          reason: '矩阵测试扣分',
          date: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
        },
      )
    ).id;
  const deductions = {
    own: await deduct('own'),
    sameDistrict: await deduct('sameDistrict'),
    otherDistrict: await deduct('otherDistrict'),
  };
  const publish = async (ownership: Ownership) => {
    const id = await freshDraft(w, deductions, ownership);
    await post(w.stack, w.headers.cityAdmin, `/api/agency-notices/${id}/publish`, {});
    return id;
  };
  const published = {
    own: await publish('own'),
    sameDistrict: await publish('sameDistrict'),
    otherDistrict: await publish('otherDistrict'),
  };
  // The list rows the matrix checks (the world itself makes no notices: they need deductions).
  (w.rows as Record<string, KnownRow[]>).agencyNotice = [
    { id: published.own, place: { districtId: 'wujin', agencyId: w.agencies.own } },
    { id: published.sameDistrict, place: { districtId: 'wujin', agencyId: w.agencies.sameDistrict } },
    { id: published.otherDistrict, place: { districtId: 'liyang', agencyId: w.agencies.otherDistrict } },
  ];
  return { deductions, published };
}

export const noticeWorld = (w: World): Promise<NoticeWorld> => {
  made ??= build(w);
  return made;
};

/** A notice body grouping the deduction of `ownership`'s agency. */
export const noticeBody = (deductions: Record<Ownership, string>, ownership: Ownership) => ({
  title: uniqueName('矩阵通报'),
  body: '矩阵测试通报正文',
  deductionIds: [deductions[ownership]],
});

/** A draft of the district of `ownership` (made by the city admin), for one row that changes it. */
export async function freshDraft(w: World, deductions: Record<Ownership, string>, ownership: Ownership) {
  return (
    await post(w.stack, w.headers.cityAdmin, '/api/agency-notices', {
      ...noticeBody(deductions, ownership),
      districtId: issuerOf(ownership),
    })
  ).id;
}
