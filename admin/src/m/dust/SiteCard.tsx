import type { DustSiteCard } from '#functions/dust-sites/schemas';

/** 今日已上报 N 次 / 今日尚未上报: N counts today's uploads the bureau has not rejected. */
export function todayText(uploaded: number): string {
  return uploaded > 0 ? `今日已上报 ${uploaded} 次` : '今日尚未上报';
}

/**
 * Whose site, where, which dust, and today's state (the chip borrows the hazard statuses' green and red).
 * A rejected upload does not count, so after a rejection the page says 尚未上报 again: upload anew.
 */
export const SiteCard = ({ site }: { site: DustSiteCard }) => (
  <section className="card" data-testid="dust-site">
    <p className="enterprise">{site.enterpriseName}</p>
    <h2 data-testid="dust-site-name">{site.name}</h2>
    <p className="hint">
      {site.location} · {site.dustType}
    </p>
    <p
      className={`status-chip ${site.today.uploaded > 0 ? 'status-CLOSED' : 'status-OPEN'}`}
      data-testid="dust-today"
    >
      {todayText(site.today.uploaded)}
    </p>
    <p className="hint">每天清扫后拍照上传，节假日同样需要上报；照片可多张。</p>
  </section>
);
