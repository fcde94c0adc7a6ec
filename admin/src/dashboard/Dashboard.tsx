import { Box } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { CoverageWidget } from '../grid-coverage/CoverageWidget';
import { PatrolRateWidget } from '../patrol-insights/PatrolRateWidget';
import { AccountStatsWidget } from './AccountStatsWidget';
import { AccountWidget } from './AccountWidget';
import { AgencyOwnWidget } from './AgencyOwnWidget';
import { AgencyStatsWidget } from './AgencyStatsWidget';
import { DustRateWidget } from './dust/DustRateWidget';
import { EnterpriseOverdueWidget } from './EnterpriseOverdueWidget';
import { EnterpriseStatsWidget } from './EnterpriseStatsWidget';
import { GridCoverageWidget } from './GridCoverageWidget';
import { HealthWidget } from './HealthWidget';
import { MessageStatsWidget } from './MessageStatsWidget';
import { OwnOpenHazardsWidget } from './OwnOpenHazardsWidget';
import { OwnOverduePointsWidget } from './OwnOverduePointsWidget';
import { PeriodWidget } from './PeriodWidget';
import { TrendWidget } from './TrendWidget';
import { WelcomeWidget } from './WelcomeWidget';
import { WorstEnterprisesWidget } from './WorstEnterprisesWidget';

/**
 * The first page: one widget per file, in a grid of a wide and a narrow column (one column on phones). Each
 * widget decides from the role whether it shows: managers get the quarter's metrics per district or town, the
 * 90-day overdue trend and the worst enterprises; town officers and grid members their enterprises' overdue
 * figures; an enterprise user its own overdue points and open hazards. The registry counts (stats job) follow.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, minWidth: 0 }}>
      <Title title={translate('app.dashboard.title')} />
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 2fr) minmax(260px, 1fr)' },
          alignItems: 'stretch',
        }}
      >
        <WelcomeWidget />
        <AccountWidget />
        <AgencyOwnWidget />
        <PeriodWidget />
        <EnterpriseOverdueWidget />
        <TrendWidget />
        <DustRateWidget />
        <PatrolRateWidget />
        <AgencyStatsWidget />
        <WorstEnterprisesWidget />
        <OwnOverduePointsWidget />
        <OwnOpenHazardsWidget />
        <EnterpriseStatsWidget />
        <GridCoverageWidget />
        <CoverageWidget />
        <AccountStatsWidget />
        <MessageStatsWidget />
        <HealthWidget />
      </Box>
    </Box>
  );
};
