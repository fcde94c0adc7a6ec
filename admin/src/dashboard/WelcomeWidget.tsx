import QrCode2Icon from '@mui/icons-material/QrCode2';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** What the platform is for and what each supervisor sees; the first thing a new user reads. */
export const WelcomeWidget = () => {
  const translate = useTranslate();
  return (
    <Card
      data-testid="welcome-widget"
      sx={{ height: '100%', color: 'primary.contrastText', bgcolor: 'primary.main', position: 'relative' }}
    >
      <CardContent sx={{ pr: { md: 14 } }}>
        <Typography variant="h5" component="h2" gutterBottom sx={{ fontWeight: 600 }}>
          {translate('app.dashboard.welcome.title')}
        </Typography>
        <Typography sx={{ mb: 1 }}>{translate('app.dashboard.welcome.body')}</Typography>
        <Typography sx={{ mb: 1, opacity: 0.9 }}>{translate('app.dashboard.welcome.scope')}</Typography>
        <Typography variant="body2" sx={{ opacity: 0.8 }}>
          {translate('app.dashboard.welcome.metrics')}
        </Typography>
      </CardContent>
      <Box
        aria-hidden
        sx={{ position: 'absolute', right: 24, top: 24, opacity: 0.25, display: { xs: 'none', md: 'block' } }}
      >
        <QrCode2Icon sx={{ fontSize: 96 }} />
      </Box>
    </Card>
  );
};
