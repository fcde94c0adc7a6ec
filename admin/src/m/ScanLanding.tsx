/** Codes are printed on QR stickers: short, URL-safe; anything longer is a mangled scan, not a code. */
const MAX_CODE_LENGTH = 64;

/**
 * The page a scanned 常安码 opens (`/m/?code=…`). For now it says what will appear here; the risk point and
 * dust site pages replace the placeholder once those features land.
 */
export const ScanLanding = ({ code }: { code: string | null }) => {
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
            <p className="hint">该点位页面即将开放，请稍后再扫码。</p>
          </section>
        ) : (
          <section className="card hint-card">
            <p className="hint">未读取到常安码：请使用微信或手机相机扫描现场张贴的二维码。</p>
          </section>
        )}
      </main>
      <footer className="footer">常州市应急管理局</footer>
    </div>
  );
};
