import { lazy, Suspense, useState } from 'react';
import { currentSession } from './api/client';
import { DustPage } from './dust/DustPage';
import { Home } from './Home';
import { HazardPage } from './hazards/HazardPage';
import { HazardsPage } from './hazards/HazardsPage';
import { LoginPage } from './LoginPage';
import { OutboxPage } from './outbox/OutboxPage';
import { PointsPage } from './points/PointsPage';
import { type MRoute, parseRoute, useLocationPath } from './router';
import { ScanLanding } from './ScanLanding';
import { Loading, Shell } from './Shell';
import { ScanPage } from './scan/ScanPage';

/**
 * Pages a scan never needs load on demand: a risk point's code must show on a slow 3G phone within seconds,
 * and every kilobyte and request before it counts (the patrol form brings the hazard categories, for one).
 */
const CampaignPage = lazy(async () => ({ default: (await import('./campaign/CampaignPage')).CampaignPage }));
const PatrolDuePage = lazy(async () => ({ default: (await import('./patrol/PatrolDuePage')).PatrolDuePage }));
const PatrolPage = lazy(async () => ({ default: (await import('./patrol/PatrolPage')).PatrolPage }));

/** What a scanned code asks of the one who must log in first. */
const loginReasons: Partial<Record<MRoute['name'], string>> = {
  scan: '请登录本企业账号后完成扫码自查',
  dust: '请登录本企业账号后上传粉尘清扫照片',
  campaign: '请登录本企业账号后填写自查清单',
};

/** The phone pages: the scanned code's landing without a login, everything else after one. */
export const App = () => {
  const path = useLocationPath();
  const [, setRound] = useState(0);
  const refresh = () => setRound((value) => value + 1);
  const [pathname = '/m/', search = ''] = path.split(/(?=\?)/);
  const route = parseRoute(pathname, search);
  const session = currentSession();

  if (route.name === 'home' && (route.code || !session))
    return <ScanLanding code={route.code} signedIn={Boolean(session)} />;
  if (route.name === 'missing')
    return (
      <Shell title="页面不存在" nav={Boolean(session)}>
        <section className="card error-card" role="alert">
          <p>该页面不存在。请重新扫描风险点上的常安码。</p>
        </section>
      </Shell>
    );
  if (!session) return <LoginPage onLogin={refresh} reason={loginReasons[route.name]} />;
  const { user } = session;
  if (user.mustChangePassword)
    return (
      <Shell title="请先修改密码" nav={false}>
        <section className="card" role="alert">
          <p>首次登录或密码被重置后，请先在控制台修改密码，再回到此页面。</p>
          <a className="button primary" href="/#/change-password">
            去修改密码
          </a>
        </section>
      </Shell>
    );
  switch (route.name) {
    case 'scan':
      return <ScanPage token={route.token} user={user} key={route.token} />;
    case 'dust':
      return <DustPage token={route.token} user={user} key={route.token} />;
    case 'points':
      return <PointsPage />;
    case 'hazards':
      return <HazardsPage />;
    case 'hazard':
      return <HazardPage id={route.id} user={user} key={route.id} />;
    case 'outbox':
      return <OutboxPage />;
    case 'patrols':
      return (
        <Suspense fallback={<Loading />}>
          <PatrolDuePage />
        </Suspense>
      );
    case 'campaign':
      return (
        <Suspense fallback={<Loading />}>
          <CampaignPage id={route.id} key={route.id} />
        </Suspense>
      );
    case 'patrol':
      return (
        <Suspense fallback={<Loading />}>
          <PatrolPage enterpriseId={route.enterpriseId} key={route.enterpriseId} />
        </Suspense>
      );
    default:
      return <Home user={user} onLogout={refresh} />;
  }
};
