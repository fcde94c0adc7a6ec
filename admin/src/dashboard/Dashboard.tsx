import { Box } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { AccountWidget } from './AccountWidget';
import { HealthWidget } from './HealthWidget';
import { WelcomeWidget } from './WelcomeWidget';

/** The first page: one widget per file, laid out in a grid that fits 1366×768 without scrolling. */
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
        <HealthWidget />
      </Box>
    </Box>
  );
};
