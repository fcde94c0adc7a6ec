import { useState } from 'react';
import type { DustSiteCard } from '#functions/dust-sites/schemas';
import type { Me } from '#functions/identity/schemas/auth';
import { api } from '../api/client';
import { Failure, Loading, Shell } from '../Shell';
import { useLoad } from '../useLoad';
import { DustForm } from './DustForm';
import { SiteCard } from './SiteCard';

const NOT_YOURS =
  '该场所码无效或已更换，或该粉尘场所不属于您的企业。场所码重新生成后旧码停用，请扫描现场张贴的最新二维码；如有疑问请联系企业安全管理员。';

/** Why the page cannot open the site: an old, unknown or foreign code (404, a mangled one 400), or a retired site. */
const Refusal = ({ status, code, message }: { status: number; code?: string; message: string }) => {
  if (status === 409 && code === 'DUST_SITE_RETIRED')
    return (
      <section className="card error-card" role="alert" data-testid="site-retired">
        <h2>该粉尘场所已停用</h2>
        <p>{message}</p>
      </section>
    );
  return (
    <section className="card error-card" role="alert" data-testid="code-invalid">
      <h2>无法打开该粉尘场所</h2>
      <p>{NOT_YOURS}</p>
    </section>
  );
};

/** `/m/d/<token>`: a dust site's code opens today's cleaning upload (supervisors read the site's state). */
export const DustPage = ({ token, user }: { token: string; user: Me }) => {
  const path = `/dust-site-codes/${encodeURIComponent(token)}`;
  const loaded = useLoad<DustSiteCard>(path);
  // After an upload the count is read again without unmounting the form's outcome (useLoad's reload would).
  const [fresh, setFresh] = useState<DustSiteCard | null>(null);
  const refresh = () => void api<DustSiteCard>(path).then(setFresh, () => undefined);

  if (loaded.state === 'loading')
    return (
      <Shell title="粉尘清扫上报">
        <Loading text="正在读取粉尘场所…" />
      </Shell>
    );
  if (loaded.state === 'error') {
    const { status, code, message } = loaded.error;
    return (
      <Shell title="粉尘清扫上报">
        {[400, 403, 404, 409].includes(status) ? (
          <Refusal status={status} code={code} message={message} />
        ) : (
          <Failure message={message} onRetry={loaded.reload} />
        )}
      </Shell>
    );
  }
  const site = fresh ?? loaded.data;
  const uploads = user.role === 'enterpriseUser';
  return (
    <Shell title={uploads ? '粉尘清扫上报' : '粉尘场所（只读）'}>
      <SiteCard site={site} />
      {uploads ? (
        <DustForm site={site} token={token} onSent={refresh} />
      ) : (
        <section className="card hint-card" data-testid="read-only">
          <p className="hint">监管人员只读查看：清扫照片由本企业账号上传。</p>
        </section>
      )}
    </Shell>
  );
};
