import { Admin, CustomRoutes } from 'react-admin';
import { Route } from 'react-router';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { AppTitle } from './layout/AppTitle';
import { theme } from './layout/theme';
import { SystemPage } from './system/SystemPage';

/**
 * Registers the console's resources and nothing else, in menu order. A resource is a folder under `src/` whose
 * index.ts exports a `ResourceModule` ({ list, edit, create, show, icon, recordRepresentation }):
 *   <Resource name="enterprises" {...enterprises} />
 * Until the first resource lands, the system status page is the one route react-admin needs to render.
 */
export const App = () => (
  <Admin
    title={<AppTitle />}
    dashboard={Dashboard}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    layout={AppLayout}
    theme={theme}
    disableTelemetry
  >
    <CustomRoutes>
      <Route path="/system" element={<SystemPage />} />
    </CustomRoutes>
  </Admin>
);
