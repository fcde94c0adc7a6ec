import type { Me } from '#functions/identity/schemas/auth';
import type { ScannedPoint } from '../api/types';
import { Failure, Loading, Shell } from '../Shell';
import { useLoad } from '../useLoad';
import { ChecklistForm } from './ChecklistForm';
import { PointCard } from './PointCard';
import { ScanForm } from './ScanForm';

/** Why this user reads the point without a scan form (the API decides `canScan`). */
function readOnlyReason(point: ScannedPoint, user: Pick<Me, 'role'>): string {
  if (point.status === 'retired') return '该风险点已停用，无需扫码自查。';
  if (user.role === 'enterpriseUser') return '该风险点不属于您的企业，仅可查看。';
  return '监管人员只读查看：扫码自查由本企业账号完成。';
}

const NOT_YOURS =
  '该二维码无效或已更换，或该风险点不属于您的企业。风险点二维码重新生成后旧码停用，请扫描现场张贴的最新二维码；如有疑问请联系企业安全管理员。';

/** `/m/r/<token>`: what a scanned 常安码 opens. */
export const ScanPage = ({ token, user }: { token: string; user: Me }) => {
  const loaded = useLoad<ScannedPoint>(`/risk-point-codes/${encodeURIComponent(token)}`);
  if (loaded.state === 'loading')
    return (
      <Shell title="扫码自查">
        <Loading text="正在读取风险点…" />
      </Shell>
    );
  if (loaded.state === 'error') {
    const status = loaded.error.status;
    return (
      <Shell title="扫码自查">
        {status === 404 || status === 403 ? (
          <section className="card error-card" role="alert" data-testid="code-invalid">
            <h2>无法打开该风险点</h2>
            <p>{NOT_YOURS}</p>
          </section>
        ) : (
          <Failure message={loaded.error.message} onRetry={loaded.reload} />
        )}
      </Shell>
    );
  }
  const point = loaded.data;
  const canScan = point.canScan;
  return (
    <Shell title={canScan ? '扫码自查' : '风险点（只读）'}>
      <PointCard point={point} />
      {canScan ? (
        <ScanForm point={point} token={token} />
      ) : (
        <>
          <section className="card hint-card" data-testid="read-only">
            <p className="hint">{readOnlyReason(point, user)}</p>
          </section>
          <ChecklistForm checklist={point.checklist} answers={{}} readOnly />
        </>
      )}
    </Shell>
  );
};
