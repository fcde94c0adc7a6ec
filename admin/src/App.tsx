import { Admin, Authenticated, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import agencies from './agencies';
import agencyAppeals from './agency-appeals';
import agencyDeductions from './agency-deductions';
import agencyNotices from './agency-notices';
import agencyRules from './agency-rules';
import audit from './audit';
import { authProvider, CHANGE_PASSWORD_PATH } from './auth/authProvider';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { LoginPage } from './auth/LoginPage';
import campaigns from './campaigns';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import districts from './districts';
import dustReviews from './dust-review';
import dustSites from './dust-sites';
import enterprises from './enterprises';
import gridOutside from './grid-coverage';
import grids from './grids';
import hazards from './hazards';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { AppTitle } from './layout/AppTitle';
import { theme } from './layout/theme';
import messages from './messages';
import patrolForms from './patrol-forms';
import patrolRepeatedFindings from './patrol-insights/findings';
import patrolRates from './patrol-insights/rates';
import patrols from './patrols';
import riskClasses from './risk-classes';
import riskPoints from './risk-points';
import scans from './scans';
import { SystemPage } from './system/SystemPage';
import tasks from './tasks';
import towns from './towns';
import users from './users';
import zeroingCampaigns from './zeroing';

/**
 * Registers the console's resources and nothing else, in menu order (企业, 风险点, 任务, 隐患, 扫码记录, 风险辞典, 粉尘场所, 照片抽查, 镇（街道）,
 * 网格, 辖市（区）, 用户, 消息中心, 操作日志). Every page needs a login (resources and the dashboard check it themselves, custom routes through
 * <Authenticated>; `requireAuth` is not used: with it, react-admin 5.15 keeps re-running its logout redirect
 * for ~10 s before the login page appears). The authProvider's canAccess decides what a role sees.
 */
export const App = () => (
  <Admin
    title={<AppTitle />}
    dashboard={Dashboard}
    dataProvider={dataProvider}
    authProvider={authProvider}
    loginPage={LoginPage}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    theme={theme}
    disableTelemetry
  >
    <Resource name="enterprises" {...enterprises} />
    <Resource name="risk-points" {...riskPoints} />
    <Resource name="tasks" {...tasks} />
    <Resource name="hazards" {...hazards} />
    <Resource name="scans" {...scans} />
    <Resource name="risk-classes" {...riskClasses} />
    <Resource name="dust-sites" {...dustSites} />
    <Resource name="dust-reviews" {...dustReviews} />
    <Resource name="patrols" {...patrols} />
    <Resource name="patrol-forms" {...patrolForms} />
    <Resource name="patrol-rates" {...patrolRates} />
    <Resource name="patrol-repeated-findings" {...patrolRepeatedFindings} />
    <Resource name="grid-outside" {...gridOutside} />
    <Resource name="agencies" {...agencies} />
    <Resource name="agency-rules" {...agencyRules} />
    <Resource name="agency-deductions" {...agencyDeductions} />
    <Resource name="agency-appeals" {...agencyAppeals} />
    <Resource name="agency-notices" {...agencyNotices} />
    <Resource name="zeroing-campaigns" {...zeroingCampaigns} />
    <Resource name="campaigns" {...campaigns} />
    <Resource name="towns" {...towns} />
    <Resource name="grids" {...grids} />
    <Resource name="districts" {...districts} />
    <Resource name="users" {...users} />
    <Resource name="messages" {...messages} />
    <Resource name="audit" {...audit} />
    <CustomRoutes>
      <Route
        path={CHANGE_PASSWORD_PATH}
        element={
          <Authenticated>
            <ChangePasswordPage />
          </Authenticated>
        }
      />
      <Route
        path="/system"
        element={
          <Authenticated>
            <SystemPage />
          </Authenticated>
        }
      />
    </CustomRoutes>
  </Admin>
);
