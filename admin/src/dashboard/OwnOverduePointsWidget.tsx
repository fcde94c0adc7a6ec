import AlarmIcon from '@mui/icons-material/Alarm';
import { Box, Chip, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import type { RiskPoint } from '#functions/risk-points/schemas';
import { levelColours } from '../risk-points/levels';
import { beijingDateTime } from '../shared/beijingTime';
import { MetricsCard } from './MetricsCard';
import { byUrgency, overdueDays, overduePointsSheet } from './ownRows';
import { useAllowed, useMetricsGet } from './useMetrics';

const LIMIT = 100;

/** 本企业逾期风险点: an enterprise user's overdue points, red first, each with when it was due and how long ago. */
export const OwnOverduePointsWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dashboard.own.points.${key}`, options);
  const { account } = useAllowed('GET /api/risk-points');
  const query = useMetricsGet<{ data: RiskPoint[]; nextCursor: string | null }>(
    'GET /api/risk-points',
    `/risk-points?overdue=true&limit=${LIMIT}`,
    account?.role === 'enterpriseUser',
  );
  if (!query.allowed || account?.role !== 'enterpriseUser') return null;
  const now = new Date();
  const points = byUrgency(query.data?.data ?? []);
  return (
    <MetricsCard
      title="app.dashboard.own.points.title"
      icon={<AlarmIcon color="error" />}
      testId="own-points-widget"
      query={query}
      empty={points.length === 0}
      emptyText={t('none')}
      sheet={() => ({ name: '本企业逾期风险点', ...overduePointsSheet(points, now) })}
    >
      {() => (
        <Box>
          <Typography variant="h4" component="p" data-testid="own-points-count">
            {points.length}
            {query.data?.nextCursor ? '+' : ''}
          </Typography>
          <List dense disablePadding>
            {points.map((point) => (
              <ListItem key={point.id} disableGutters data-testid="own-point">
                <Chip
                  size="small"
                  label={translate(`app.riskPoint.level.${point.level}`)}
                  sx={{ bgcolor: levelColours[point.level], color: '#fff', mr: 1.5, flexShrink: 0 }}
                />
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={`/risk-points/${encodeURIComponent(point.id)}/show`}>
                      {point.name}
                    </Link>
                  }
                  secondary={t('due', {
                    time: beijingDateTime(point.nextDueAt),
                    days: overdueDays(point, now),
                  })}
                />
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </MetricsCard>
  );
};
