import type { Page, RiskPointRow } from '../api/types';
import { levelLabels } from '../api/types';
import { beijingDateTime } from '../format';
import { Link } from '../Link';
import { isOverdue, riskPointsInOrder } from '../order';
import { Failure, Loading, Shell } from '../Shell';
import { useLoad } from '../useLoad';

/** 我的风险点: the enterprise's points (the API scopes the list to the user's enterprise), overdue first. */
export const PointsPage = () => {
  const loaded = useLoad<Page<RiskPointRow>>('/risk-points?limit=100');
  const now = new Date();
  return (
    <Shell title="我的风险点">
      {loaded.state === 'loading' ? <Loading /> : null}
      {loaded.state === 'error' ? <Failure message={loaded.error.message} onRetry={loaded.reload} /> : null}
      {loaded.state === 'done' && loaded.data.data.length === 0 ? (
        <section className="card hint-card" data-testid="m-empty">
          <p className="hint">本企业还没有风险点。请在电脑端控制台“风险点”中添加并打印二维码。</p>
        </section>
      ) : null}
      {loaded.state === 'done' ? (
        <ul className="rows" data-testid="risk-point-rows">
          {riskPointsInOrder(loaded.data.data).map((point) => {
            const overdue = isOverdue(point, now);
            const body = (
              <>
                <span className={`level-bar level-${point.level}`} title={levelLabels[point.level]} />
                <span className="row-main">
                  <strong>{point.name}</strong>
                  <span className="hint">{point.location}</span>
                </span>
                <span className={overdue ? 'due overdue' : 'due'}>
                  {overdue ? '已逾期' : '应检'} {beijingDateTime(point.nextDueAt)}
                </span>
              </>
            );
            return (
              <li key={point.id} data-testid="risk-point-row">
                {point.token ? (
                  <Link to={`/m/r/${point.token}`} className="row">
                    {body}
                  </Link>
                ) : (
                  <div className="row">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      {loaded.state === 'done' && loaded.data.nextCursor ? (
        <p className="hint">仅显示前 100 个风险点。</p>
      ) : null}
    </Shell>
  );
};
