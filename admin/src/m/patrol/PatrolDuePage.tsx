import type { Page } from '../api/types';
import { Link } from '../Link';
import { Failure, Loading, Shell } from '../Shell';
import { useLoad } from '../useLoad';
import { dueLabel } from './patrolRules';

interface DueRow {
  enterpriseId: string;
  name: string;
  due: boolean;
  lastPatrolDay?: string;
  dueDay?: string;
}

/** 我的巡查: the grid's enterprises (the API scopes the list to the member's grid), never patrolled and due first. */
export const PatrolDuePage = () => {
  const loaded = useLoad<Page<DueRow>>('/patrols/due?limit=100');
  return (
    <Shell title="网格化巡查">
      {loaded.state === 'loading' ? <Loading /> : null}
      {loaded.state === 'error' ? <Failure message={loaded.error.message} onRetry={loaded.reload} /> : null}
      {loaded.state === 'done' && loaded.data.data.length === 0 ? (
        <section className="card hint-card" data-testid="m-empty">
          <p className="hint">本网格还没有企业。如企业所属网格有误，请联系镇（街道）调整。</p>
        </section>
      ) : null}
      {loaded.state === 'done' ? (
        <ul className="rows" data-testid="patrol-due-rows">
          {loaded.data.data.map((row) => (
            <li key={row.enterpriseId} data-testid="patrol-due-row" data-enterprise={row.enterpriseId}>
              <Link to={`/m/p/${row.enterpriseId}`} className="row">
                <span className={`level-bar ${row.due ? 'level-red' : 'level-blue'}`} />
                <span className="row-main">
                  <strong>{row.name}</strong>
                </span>
                <span className={row.due ? 'due overdue' : 'due'}>{dueLabel(row)}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {loaded.state === 'done' && loaded.data.nextCursor ? (
        <p className="hint">仅显示前 100 家企业。</p>
      ) : null}
    </Shell>
  );
};
