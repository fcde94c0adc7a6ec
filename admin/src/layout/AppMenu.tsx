import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import { Menu, useTranslate } from 'react-admin';

/** 首页, then every registered resource in App.tsx order, then the system status page. */
export const AppMenu = () => {
  const translate = useTranslate();
  return (
    <Menu>
      <Menu.DashboardItem />
      <Menu.ResourceItems />
      <Menu.Item
        to="/system"
        primaryText={translate('app.dashboard.health.title')}
        leftIcon={<MonitorHeartIcon />}
      />
    </Menu>
  );
};
