import GroupIcon from '@mui/icons-material/Group';
import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { roleList } from '../auth/roles';
import { StatsCard } from './StatsCard';

/** 账号: the area's accounts by role, and how many are disabled. */
export const AccountStatsWidget = () => {
  const translate = useTranslate();
  return (
    <StatsCard
      title="app.dashboard.stats.accounts.title"
      icon={<GroupIcon color="primary" />}
      testId="account-stats-widget"
    >
      {({ accounts }) => (
        <Stack spacing={1}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Typography variant="h4" component="p" data-testid="stats-account-total">
              {accounts.total}
            </Typography>
            <Typography color="text.secondary">{translate('app.dashboard.stats.accounts.total')}</Typography>
            {accounts.disabled > 0 && (
              <Typography color="warning.main">
                {translate('app.dashboard.stats.accounts.disabled', { count: accounts.disabled })}
              </Typography>
            )}
          </Stack>
          {roleList
            .filter((role) => (accounts.byRole[role] ?? 0) > 0)
            .map((role) => (
              <Stack
                key={role}
                direction="row"
                sx={{ justifyContent: 'space-between' }}
                data-testid="stats-role"
              >
                <Typography color="text.secondary">{translate(`app.roles.${role}`)}</Typography>
                <Typography>{accounts.byRole[role]}</Typography>
              </Stack>
            ))}
        </Stack>
      )}
    </StatsCard>
  );
};
