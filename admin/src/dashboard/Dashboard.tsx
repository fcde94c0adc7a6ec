import { Box } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { AccountStatsWidget } from './AccountStatsWidget';
import { AccountWidget } from './AccountWidget';
import { EnterpriseStatsWidget } from './EnterpriseStatsWidget';
import { GridCoverageWidget } from './GridCoverageWidget';
import { HealthWidget } from './HealthWidget';
import { MessageStatsWidget } from './MessageStatsWidget';
import { WelcomeWidget } from './WelcomeWidget';

/**
 * The first page: one widget per file, in a grid of a wide and a narrow column (one column on phones). The
 * stats widgets show the caller's area's counts, as the stats job last computed them; an enterprise user has
 * none of them (each leaves itself out), so its dashboard is the welcome, its account and the system status.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('app.dashboard.title')} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 2fr) minmax(260px, 1fr)' },
          alignItems: 'stretch',
        }}
      >
        <WelcomeWidget />
        <AccountWidget />
        <EnterpriseStatsWidget />
        <GridCoverageWidget />
        <AccountStatsWidget />
        <MessageStatsWidget />
        <HealthWidget />
      </Box>
    </Box>
  );
};
