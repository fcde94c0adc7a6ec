import { CITY_ISSUER } from '#functions/agency-deductions/domain/window';
import type { AppealListQuery, DeductionListQuery } from '#functions/agency-deductions/schemas';
import { agencyAppeal } from '#functions/agency-deductions/store/entities/appeal';
import { agencyDeduction } from '#functions/agency-deductions/store/entities/deduction';
import { readableAgency } from '#functions/agency-deductions/store/reach';
import { appealView, deductionView } from '#functions/agency-deductions/store/views';
import { businessDay } from '#functions/platform/clock';
import { districtIds } from '#functions/platform/districts';
import { ValidationError } from '#functions/platform/errors';
import type { Principal } from '#functions/platform/principal';

type Page<T> = { data: T[]; cursor: string | null };
type Part<T> = (cursor: string | null, limit: number) => Promise<Page<T>>;

const badCursor = () =>
  new ValidationError([
    { path: 'query.cursor', message: '翻页位置无效，请从第一页重新查看', code: 'invalid_cursor' },
  ]);

/**
 * One page over several key-condition partitions read one after another; the cursor is the partition's index
 * and ElectroDB's cursor within it.
 */
async function pageOver<T>(parts: Part<T>[], limit: number, cursor?: string) {
  let index = 0;
  let inner: string | null = null;
  if (cursor) {
    try {
      const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
        i: number;
        c: string | null;
      };
      if (!Number.isInteger(parsed.i) || parsed.i < 0 || parsed.i >= parts.length) throw badCursor();
      index = parsed.i;
      inner = parsed.c ?? null;
    } catch {
      throw badCursor();
    }
  }
  const data: T[] = [];
  while (index < parts.length && data.length < limit) {
    const part = parts[index];
    if (!part) break;
    const page = await part(inner, limit - data.length);
    data.push(...page.data);
    if (page.cursor) inner = page.cursor;
    else {
      index += 1;
      inner = null;
    }
  }
  const next =
    index < parts.length ? Buffer.from(JSON.stringify({ i: index, c: inner })).toString('base64url') : null;
  return { data, nextCursor: next };
}

const issuersOf = (principal: Principal): string[] =>
  principal.role === 'cityAdmin'
    ? [CITY_ISSUER, ...districtIds]
    : principal.districtId
      ? [principal.districtId]
      : [];

/**
 * Deductions of a year, newest first: an agency's (any role reaching it; an agency user always its own), else
 * those the caller's district issued (the city admin: every issuer's, the city's first).
 */
export async function listDeductions(principal: Principal, query: DeductionListQuery, at: Date) {
  const { limit, cursor, status } = query;
  const year = query.year ?? Number(businessDay(at).slice(0, 4));
  const agencyId = principal.role === 'agencyUser' ? principal.agencyId : query.agencyId;
  let parts: Part<ReturnType<typeof deductionView>>[];
  if (agencyId) {
    await readableAgency(principal, agencyId);
    parts = [
      async (c, n) => {
        const query = agencyDeduction.query.byAgencyYear({ agencyId, year });
        const q = status ? query.where((a, op) => op.eq(a.status, status)) : query;
        const page = await q.go({ cursor: c, limit: n, order: 'desc' });
        return { data: page.data.map(deductionView), cursor: page.cursor };
      },
    ];
  } else {
    parts = issuersOf(principal).map((issuingDistrictId) => async (c, n) => {
      const query = agencyDeduction.query.byIssuerYear({ issuingDistrictId, year });
      const q = status ? query.where((a, op) => op.eq(a.status, status)) : query;
      const page = await q.go({ cursor: c, limit: n, order: 'desc' });
      return { data: page.data.map(deductionView), cursor: page.cursor };
    });
  }
  return pageOver(parts, limit, cursor);
}

const appealStatuses = ['pending', 'upheld', 'revoked'] as const;

/** Appeals, newest first: the issuing district's inbox, every issuer's for the city, an agency's own. */
export async function listAppeals(principal: Principal, query: AppealListQuery) {
  const { limit, cursor, status } = query;
  const agencyId = principal.role === 'agencyUser' ? principal.agencyId : query.agencyId;
  let parts: Part<ReturnType<typeof appealView>>[];
  if (agencyId) {
    if (principal.role === 'districtAdmin') await readableAgency(principal, agencyId);
    const issuer = principal.role === 'districtAdmin' ? principal.districtId : undefined;
    parts = [
      async (c, n) => {
        const base = agencyAppeal.query.byAgency({ agencyId });
        const q =
          status || issuer
            ? base.where((a, op) =>
                [status ? op.eq(a.status, status) : '', issuer ? op.eq(a.issuingDistrictId, issuer) : '']
                  .filter(Boolean)
                  .join(' AND '),
              )
            : base;
        const page = await q.go({ cursor: c, limit: n, order: 'desc' });
        return { data: page.data.map(appealView), cursor: page.cursor };
      },
    ];
  } else {
    const statuses = status ? [status] : appealStatuses;
    parts = issuersOf(principal).flatMap((issuingDistrictId) =>
      statuses.map((s) => async (c: string | null, n: number) => {
        const page = await agencyAppeal.query
          .byIssuer({ issuingDistrictId, status: s })
          .go({ cursor: c, limit: n, order: 'desc' });
        return { data: page.data.map(appealView), cursor: page.cursor };
      }),
    );
  }
  return pageOver(parts, limit, cursor);
}
