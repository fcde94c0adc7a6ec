import FactoryIcon from '@mui/icons-material/Factory';
import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import { Menu, useGetIdentity, useTranslate } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';

/**
 * 首页, then the resources this role may list (react-admin asks the authProvider's canAccess), in App.tsx order.
 * An enterprise user gets 本企业 instead of a list of one; the system status page is for the city bureau.
 */
export const AppMenu = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { role, scope } = (identity as ConsoleIdentity | undefined) ?? {};
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      {role === 'enterpriseUser' && scope?.enterpriseId && (
        <Menu.Item
          to={`/enterprises/${encodeURIComponent(scope.enterpriseId)}/show`}
          primaryText={translate('app.menu.ownEnterprise')}
          leftIcon={<FactoryIcon />}
        />
      )}
      {role === 'cityAdmin' && (
        <Menu.Item
          to="/system"
          primaryText={translate('app.dashboard.health.title')}
          leftIcon={<MonitorHeartIcon />}
        />
      )}
    </Menu>
  );
};
