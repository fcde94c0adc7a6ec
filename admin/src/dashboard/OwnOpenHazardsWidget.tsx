import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { Box, Chip, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import type { Hazard } from '#functions/hazards/schemas';
import { MetricsCard } from './MetricsCard';
import { deadlineDay, openHazardsSheet } from './ownRows';
import { useAllowed, useMetricsGet } from './useMetrics';

const LIMIT = 100;

/** 本企业待整改隐患: an enterprise user's open hazards, nearest deadline first, those past it marked. */
export const OwnOpenHazardsWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dashboard.own.hazards.${key}`, options);
  const { account } = useAllowed('GET /api/hazards');
  const query = useMetricsGet<{ data: Hazard[]; nextCursor: string | null }>(
    'GET /api/hazards',
    `/hazards?status=OPEN&limit=${LIMIT}`,
    account?.role === 'enterpriseUser',
  );
  if (!query.allowed || account?.role !== 'enterpriseUser') return null;
  const hazards = query.data?.data ?? [];
  const past = hazards.filter((hazard) => hazard.pastDeadline).length;
  return (
    <MetricsCard
      title="app.dashboard.own.hazards.title"
      icon={<ReportProblemIcon color="warning" />}
      testId="own-hazards-widget"
      query={query}
      empty={hazards.length === 0}
      emptyText={t('none')}
      sheet={() => ({ name: '本企业待整改隐患', ...openHazardsSheet(hazards) })}
    >
      {() => (
        <Box>
          <Typography variant="h4" component="p" data-testid="own-hazards-count">
            {hazards.length}
            {query.data?.nextCursor ? '+' : ''}
          </Typography>
          {past > 0 && <Typography color="error.main">{t('past', { count: past })}</Typography>}
          <List dense disablePadding>
            {hazards.map((hazard) => (
              <ListItem key={hazard.id} disableGutters data-testid="own-hazard">
                <ListItemText
                  primary={
                    <Link component={RouterLink} to={`/hazards/${encodeURIComponent(hazard.id)}/show`}>
                      {hazard.description}
                    </Link>
                  }
                  secondary={t('deadline', { day: deadlineDay(hazard) })}
                />
                {hazard.pastDeadline && (
                  <Chip
                    size="small"
                    color="error"
                    label={translate('app.hazard.pastDeadline')}
                    sx={{ ml: 1 }}
                  />
                )}
              </ListItem>
            ))}
          </List>
        </Box>
      )}
    </MetricsCard>
  );
};
