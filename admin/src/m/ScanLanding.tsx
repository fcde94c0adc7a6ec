/** Codes are printed on QR stickers: short, URL-safe; anything longer is a mangled scan, not a code. */
const MAX_CODE_LENGTH = 64;

import { Link } from './Link';

/**
 * `/m/` before a login, and `/m/?code=…` (an older link form): what the phone pages are for, and the way on.
 * A risk point's label opens `/m/r/<token>` directly, a dust site's `/m/d/<token>`.
 */
export const ScanLanding = ({ code, signedIn = false }: { code: string | null; signedIn?: boolean }) => {
  const scanned = code?.trim().slice(0, MAX_CODE_LENGTH) || null;
  return (
    <div className="page">
      <header className="header">
        <span className="logo" aria-hidden="true">
          安
        </span>
        <div>
          <h1>常安码</h1>
          <p>工贸企业安全生产 · 扫码自查</p>
        </div>
      </header>
      <main className="content">
        <section className="card placeholder">
          <h2>扫码后将在此打开风险点页面</h2>
          <p>
            用手机扫描张贴在风险点或粉尘场所的常安码，这里会打开该点位的页面：查看管控措施、完成扫码自查、上报隐患、上传清扫照片。
          </p>
        </section>
        {scanned ? (
          <section className="card" aria-live="polite">
            <h2>已识别的常安码</h2>
            <p className="code" data-testid="scanned-code">
              {scanned}
            </p>
            <Link to={`/m/r/${encodeURIComponent(scanned)}`} className="button primary">
              打开风险点
            </Link>
          </section>
        ) : (
          <section className="card hint-card">
            <p className="hint">未读取到常安码：请使用微信或手机相机扫描现场张贴的二维码。</p>
          </section>
        )}
        {signedIn ? null : (
          <Link to="/m/points" className="button secondary">
            登录后查看我的风险点和隐患
          </Link>
        )}
      </main>
      <footer className="footer">常州市应急管理局</footer>
    </div>
  );
};
