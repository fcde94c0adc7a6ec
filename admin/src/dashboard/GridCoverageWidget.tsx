import GridOnIcon from '@mui/icons-material/GridOn';
import { LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { coveragePercent, coverageText } from './coverage';
import { StatsCard } from './StatsCard';

/**
 * 网格覆盖: how many of the area's enterprises lie inside a grid (the rest are 网格外). A grid member's area is
 * one grid, whose coverage says nothing, so its dashboard leaves this widget out.
 */
export const GridCoverageWidget = () => {
  const translate = useTranslate();
  return (
    <StatsCard
      title="app.dashboard.stats.coverage.title"
      icon={<GridOnIcon color="primary" />}
      testId="grid-coverage-widget"
      shows={(snapshot) => snapshot.scope.kind !== 'grid'}
    >
      {({ enterprises }) =>
        enterprises.total === 0 ? (
          <Typography color="text.secondary">{translate('app.dashboard.stats.coverage.none')}</Typography>
        ) : (
          <Stack spacing={1.5}>
            <Typography variant="h4" component="p" data-testid="stats-coverage">
              {coverageText(enterprises)}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={coveragePercent(enterprises)}
              aria-label={translate('app.dashboard.stats.coverage.title')}
              sx={{ height: 8, borderRadius: 4 }}
            />
            <Typography color="text.secondary">
              {translate('app.dashboard.stats.coverage.inGrid', { count: enterprises.inGrid })}
              {' · '}
              {translate('app.dashboard.stats.coverage.outside', {
                count: enterprises.total - enterprises.inGrid,
              })}
            </Typography>
          </Stack>
        )
      }
    </StatsCard>
  );
};
