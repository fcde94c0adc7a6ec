import { Link } from '../Link';
import type { SendOutcome } from '../outbox/outbox';

/** After a submit: sent, kept for later (no network), or refused with the server's reason. */
export const SubmitOutcome = ({ outcome, what }: { outcome: SendOutcome; what: string }) => {
  if (outcome.state === 'sent')
    return (
      <section className="card done-card" role="status" data-testid="submit-sent">
        <h2>{what}已提交</h2>
        <p>
          <Link to="/m/points">返回我的风险点</Link> · <Link to="/m/hazards">查看我的隐患</Link>
        </p>
      </section>
    );
  if (outcome.state === 'waiting')
    return (
      <section className="card wait-card" role="status" data-testid="submit-waiting">
        <h2>已保存在手机上，联网后自动提交</h2>
        <p className="hint">{outcome.message}</p>
        <p>
          <Link to="/m/outbox">查看待提交</Link>
        </p>
      </section>
    );
  return (
    <section className="card error-card" role="alert" data-testid="submit-refused">
      <h2>{what}未被接受</h2>
      <p>{outcome.message}</p>
      <p>
        <Link to="/m/outbox">查看待提交</Link>
      </p>
    </section>
  );
};
