import { NotFoundError } from '#functions/platform/errors';
import { isSupervisor, type Principal } from '#functions/platform/principal';
import { inScope } from '#functions/platform/scope';
import { pointOfToken, scanTargetOf } from '#functions/risk-points/contract';
import { isOverdue } from '#functions/risk-points/domain/schedule';

/**
 * What a scanned code shows this caller: the enterprise's own users may scan (while the point is in use), a
 * supervisor in scope reads; anyone else, a re-issued code and an unknown one all get the same 404.
 */
export async function scannedPoint(principal: Principal, token: string, at: Date) {
  const item = await pointOfToken(token);
  if (!item) throw new NotFoundError('二维码无效或已作废，请扫描风险点上最新张贴的常安码');
  const own = principal.role === 'enterpriseUser' && principal.enterpriseId === item.enterpriseId;
  if (!own && !(isSupervisor(principal) && inScope(principal, item)))
    throw new NotFoundError('二维码无效或已作废，请扫描风险点上最新张贴的常安码');
  const target = await scanTargetOf(item);
  return { ...target, overdue: isOverdue(item, at), canScan: own && item.status === 'active' };
}
