import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import RefreshIcon from '@mui/icons-material/Refresh';
import { Alert, Button, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { Section } from '../shared/Section';
import { type HealthState, useHealth } from './useHealth';

/** "系统状态": whether the API answers, and which version is deployed. */
export const HealthWidget = () => {
  const translate = useTranslate();
  const health = useHealth();
  return (
    <Section
      title="app.dashboard.health.title"
      icon={<MonitorHeartIcon color="primary" />}
      actions={
        health.kind === 'loaded' && (
          <Button size="small" startIcon={<RefreshIcon />} onClick={health.check}>
            {translate('app.dashboard.health.refresh')}
          </Button>
        )
      }
      data-testid="health-widget"
      sx={{ height: '100%' }}
    >
      <HealthBody state={health} onRetry={health.check} />
    </Section>
  );
};

const HealthBody = ({ state, onRetry }: { state: HealthState; onRetry: () => void }) => {
  const translate = useTranslate();
  if (state.kind === 'loading') {
    return (
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }} role="status">
        <CircularProgress size={20} />
        <Typography color="text.secondary">{translate('app.dashboard.health.loading')}</Typography>
      </Stack>
    );
  }
  if (state.kind === 'error') {
    return (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={onRetry}>
            {translate('app.dashboard.health.retry')}
          </Button>
        }
      >
        {translate('app.dashboard.health.error', { message: state.message })}
      </Alert>
    );
  }
  const healthy = state.health.status === 'ok';
  return (
    <Stack spacing={1.5}>
      <Row label={translate('app.dashboard.health.status')}>
        <Chip
          data-testid="health-status"
          size="small"
          color={healthy ? 'success' : 'error'}
          label={translate(healthy ? 'app.dashboard.health.ok' : 'app.dashboard.health.abnormal')}
        />
      </Row>
      <Row label={translate('app.dashboard.health.version')}>
        <Typography data-testid="health-version" sx={{ fontFamily: 'monospace' }}>
          {state.health.version}
        </Typography>
      </Row>
    </Stack>
  );
};

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
    <Typography color="text.secondary" sx={{ minWidth: 72 }}>
      {label}
    </Typography>
    {children}
  </Stack>
);
