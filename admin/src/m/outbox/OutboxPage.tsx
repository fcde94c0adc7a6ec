import { useState } from 'react';
import { beijingDateTime } from '../format';
import { Shell } from '../Shell';
import { discard, drainNow, useOutbox } from './runner';

/** 待提交: what waits on this phone for the network, and what the server refused (with its reason). */
export const OutboxPage = () => {
  const entries = useOutbox();
  const [busy, setBusy] = useState(false);
  const retry = async () => {
    setBusy(true);
    await drainNow();
    setBusy(false);
  };
  return (
    <Shell title="待提交">
      {entries.length === 0 ? (
        <section className="card hint-card" data-testid="outbox-empty">
          <p className="hint">没有待提交的记录：所有扫码、整改和清扫照片都已送达。</p>
        </section>
      ) : (
        <>
          <ul className="rows" data-testid="outbox-rows">
            {entries.map((entry) => (
              <li key={entry.id} className="card" data-testid="outbox-row">
                <strong>{entry.title}</strong>
                <p className="hint">
                  {beijingDateTime(entry.createdAt)} · {entry.photos.length} 张照片 · 已尝试 {entry.attempts}{' '}
                  次
                </p>
                {entry.lastError ? (
                  <p className={entry.refused ? 'error' : 'hint'}>{entry.lastError}</p>
                ) : null}
                {entry.refused ? (
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() =>
                      window.confirm('删除后这条记录不会再提交，确定删除吗？') && void discard(entry.id)
                    }
                  >
                    删除此记录
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={retry}
            data-testid="outbox-retry"
          >
            {busy ? '正在提交…' : '立即重试'}
          </button>
          <p className="hint">联网后会自动提交，无需停留在此页面。</p>
        </>
      )}
    </Shell>
  );
};
