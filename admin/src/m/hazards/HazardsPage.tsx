import { type HazardRow, hazardLevelLabels, hazardStatusLabels, type Page } from '../api/types';
import { beijingDate } from '../format';
import { Link } from '../Link';
import { hazardsInOrder } from '../order';
import { Failure, Loading, Shell } from '../Shell';
import { useLoad } from '../useLoad';

/** 我的隐患: the enterprise's hazards (scoped by the API), the ones to rectify first. */
export const HazardsPage = () => {
  const loaded = useLoad<Page<HazardRow>>('/hazards?limit=100');
  const today = new Date().toISOString();
  return (
    <Shell title="我的隐患">
      {loaded.state === 'loading' ? <Loading /> : null}
      {loaded.state === 'error' ? <Failure message={loaded.error.message} onRetry={loaded.reload} /> : null}
      {loaded.state === 'done' && loaded.data.data.length === 0 ? (
        <section className="card hint-card" data-testid="m-empty">
          <p className="hint">暂无隐患。扫码自查发现的隐患和监管人员下发的隐患会显示在这里。</p>
        </section>
      ) : null}
      {loaded.state === 'done' ? (
        <ul className="rows" data-testid="hazard-rows">
          {hazardsInOrder(loaded.data.data).map((hazard) => (
            <li key={hazard.id} data-testid="hazard-row">
              <Link to={`/m/h/${hazard.id}`} className="row">
                <span className={`status-chip status-${hazard.status}`}>
                  {hazardStatusLabels[hazard.status]}
                </span>
                <span className="row-main">
                  <strong>{hazard.riskPointName ?? hazardLevelLabels[hazard.level]}</strong>
                  <span className="hint">{hazard.description}</span>
                </span>
                {hazard.deadline && hazard.status === 'OPEN' ? (
                  <span className={hazard.deadline < today ? 'due overdue' : 'due'}>
                    {hazard.deadline < today ? '已超期' : '期限'} {beijingDate(hazard.deadline)}
                  </span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </Shell>
  );
};
