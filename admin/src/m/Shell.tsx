import type { ReactNode } from 'react';
import { Link } from './Link';
import { useOutbox } from './outbox/runner';

/** Every page: the title on top, content, and the navigation at the bottom where a thumb reaches it. */
export const Shell = ({
  title,
  children,
  nav = true,
}: {
  title: string;
  children: ReactNode;
  nav?: boolean;
}) => {
  const waiting = useOutbox().length;
  return (
    <div className="page">
      <header className="header">
        <span className="logo" aria-hidden="true">
          安
        </span>
        <div>
          <h1>常安码</h1>
          <p>{title}</p>
        </div>
      </header>
      <main className="content">{children}</main>
      {nav ? (
        <nav className="tabbar" aria-label="主导航">
          <Link to="/m/points">我的风险点</Link>
          <Link to="/m/hazards">我的隐患</Link>
          <Link to="/m/outbox" testId="nav-outbox">
            待提交{waiting > 0 ? <span className="badge">{waiting}</span> : null}
          </Link>
        </nav>
      ) : (
        <footer className="footer">常州市应急管理局</footer>
      )}
    </div>
  );
};

export const Loading = ({ text = '加载中…' }: { text?: string }) => (
  <section className="card" aria-busy="true" data-testid="m-loading">
    <p className="hint">{text}</p>
  </section>
);

export const Failure = ({ message, onRetry }: { message: string; onRetry?: () => void }) => (
  <section className="card error-card" role="alert" data-testid="m-error">
    <p>{message}</p>
    {onRetry ? (
      <button type="button" className="button secondary" onClick={onRetry}>
        重试
      </button>
    ) : null}
  </section>
);
