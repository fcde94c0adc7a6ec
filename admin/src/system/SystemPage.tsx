import { Box } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { HealthWidget } from '../dashboard/HealthWidget';

/** A page of its own for the system status, so operators can bookmark it (`#/system`). */
export const SystemPage = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, maxWidth: 480 }}>
      <Title title={translate('app.dashboard.health.title')} />
      <HealthWidget />
    </Box>
  );
};
