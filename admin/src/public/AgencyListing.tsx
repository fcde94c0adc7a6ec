import { useCallback, useEffect, useState } from 'react';
import type { PublicListing } from '#functions/agency-notices/schemas';

type State = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; listing: PublicListing };

/** 公告名单 (no login): the agencies that meet the requirements and the published notices, for a phone. */
export function AgencyListing() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback(async () => {
    setState({ kind: 'loading' });
    try {
      const response = await fetch('/api/public/agencies', { headers: { accept: 'application/json' } });
      if (!response.ok) throw new Error(String(response.status));
      setState({ kind: 'ready', listing: (await response.json()) as PublicListing });
    } catch {
      setState({ kind: 'error' });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <main className="pub">
      <header className="pub-head">
        <h1>中介机构公告名单</h1>
        <p>常州市应急管理局 · 依据 DB3204/T1032—2022 考评</p>
      </header>
      {state.kind === 'loading' && <p className="pub-note">正在加载…</p>}
      {state.kind === 'error' && (
        <div className="pub-note pub-error" role="alert">
          <p>名单加载失败，请检查网络后重试。</p>
          <button type="button" onClick={() => void load()}>
            重试
          </button>
        </div>
      )}
      {state.kind === 'ready' && <Listing listing={state.listing} />}
    </main>
  );
}

function Listing({ listing }: { listing: PublicListing }) {
  return (
    <>
      <section aria-labelledby="agencies">
        <h2 id="agencies">
          符合要求的机构（{listing.agencies.length} 家，截至 {listing.today}）
        </h2>
        {listing.agencies.length === 0 ? (
          <p className="pub-note">暂无符合要求的机构。</p>
        ) : (
          <ul className="pub-list">
            {listing.agencies.map((agency) => (
              <li key={agency.agencyId} className="pub-card" data-testid="public-agency">
                <div className="pub-name">{agency.name}</div>
                <div className="pub-meta">
                  <span>{agency.typeLabel}</span>
                  <span>{agency.districtName}</span>
                  <span className={`pub-band pub-band-${agency.scoreBand}`}>{agency.scoreBandLabel}</span>
                </div>
                <div className="pub-meta">资质证书有效期至 {agency.certificateExpiry}</div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="notices">
        <h2 id="notices">专题通报</h2>
        {listing.notices.length === 0 ? (
          <p className="pub-note">暂无已发布的专题通报。</p>
        ) : (
          <ul className="pub-list">
            {listing.notices.map((notice) => (
              <li key={notice.noticeId} className="pub-card" data-testid="public-notice">
                <div className="pub-name">{notice.title}</div>
                <div className="pub-meta">
                  <span>{notice.districtName}</span>
                  <span>{notice.publishedOn}</span>
                </div>
                <ul className="pub-items">
                  {notice.deductions.map((deduction) => (
                    <li key={deduction.deductionId}>
                      {deduction.agencyName}：{deduction.ruleDescription}，扣 {deduction.points} 分
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
