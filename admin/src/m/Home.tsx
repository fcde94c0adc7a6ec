import type { Me } from '#functions/identity/schemas/auth';
import { clearPhoneSession } from './api/session';
import { OpenCampaigns } from './campaign/OpenCampaigns';
import { Link } from './Link';
import { Shell } from './Shell';

/** `/m/` for a logged-in user: where to go, and who is logged in. */
export const Home = ({ user, onLogout }: { user: Me; onLogout: () => void }) => (
  <Shell title="工贸企业安全生产 · 扫码自查">
    <section className="card">
      <h2>{user.name}</h2>
      <p className="hint">扫描风险点上张贴的常安码即可开始自查。</p>
    </section>
    {user.role === 'enterpriseUser' ? <OpenCampaigns /> : null}
    {user.role === 'gridMember' ? (
      <Link to="/m/p" className="card tile" testId="home-patrols">
        <strong>网格化巡查</strong>
        <span className="hint">本网格企业，待巡查的排在最前</span>
      </Link>
    ) : null}
    <Link to="/m/points" className="card tile">
      <strong>我的风险点</strong>
      <span className="hint">逾期未检的排在最前</span>
    </Link>
    <Link to="/m/hazards" className="card tile">
      <strong>我的隐患</strong>
      <span className="hint">待整改的排在最前</span>
    </Link>
    <button
      type="button"
      className="button secondary"
      onClick={() => {
        clearPhoneSession();
        onLogout();
      }}
    >
      退出登录
    </button>
  </Shell>
);
