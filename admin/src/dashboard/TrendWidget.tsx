import ShowChartIcon from '@mui/icons-material/ShowChart';
import { Box, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { useTranslate } from 'react-admin';
import type { TrendResponse } from '#functions/metrics/schemas';
import { districtName } from '#functions/platform/districts';
import { LoadingState } from '../shared/states';
import { MetricsCard } from './MetricsCard';
import { thresholdsOf } from './periodCells';
import { quarterOf } from './quarters';
import { defaultThresholds } from './thresholds';
import { trendIsEmpty, trendLines, trendSheetRows } from './trendSeries';
import { periodParams, useAllowed, usePeriod, useTrend } from './useMetrics';

const TrendChart = lazy(() => import('./TrendChart'));
const DAYS = 90;

/** A series' name: the API's, else the district's fixed name, else its id. */
const nameOf = (id: string, name: string | null) => name ?? districtName(id) ?? id;

/** The districts for the city, the district's towns for a district admin, its own town for a town officer. */
function trendParams(role: string | undefined, districtId: string | undefined) {
  if (role === 'cityAdmin') return { metric: 'overdueRate', days: DAYS, level: 'district' };
  if (role === 'districtAdmin') return { metric: 'overdueRate', days: DAYS, level: 'town', districtId };
  return { metric: 'overdueRate', days: DAYS, level: 'town' };
}

const Chart = ({ trend, thresholdPercent }: { trend: TrendResponse; thresholdPercent: number }) => {
  const translate = useTranslate();
  const { days, lines } = trendLines(trend, nameOf);
  return (
    <Stack spacing={1}>
      <Box sx={{ width: '100%', minWidth: 0 }} data-testid="trend-chart">
        <Suspense fallback={<LoadingState />}>
          <TrendChart days={days} lines={lines} thresholdPercent={thresholdPercent} />
        </Suspense>
      </Box>
      <Typography variant="caption" color="text.secondary">
        {translate('app.dashboard.trend.caption', { from: trend.from, to: trend.to })}
      </Typography>
    </Stack>
  );
};

/** 风险逾期率趋势（近 90 天）: one line per district (city), town (district) or the officer's town. */
export const TrendWidget = () => {
  const translate = useTranslate();
  const { account } = useAllowed('GET /api/metrics/trend');
  const query = useTrend(trendParams(account?.role, account?.scope.districtId));
  // The alarm line the server is configured with: the period table's answer (same request, shared cache).
  const period = usePeriod(
    periodParams(account?.role, account?.scope.districtId, quarterOf(new Date())).rows,
  );
  const { overdueRateAbove } = thresholdsOf(period.data?.thresholds, defaultThresholds);
  if (!query.allowed) return null;
  const trend = query.data;
  return (
    <MetricsCard
      title="app.dashboard.trend.title"
      icon={<ShowChartIcon color="primary" />}
      testId="trend-widget"
      query={query}
      empty={trend ? trendIsEmpty(trend) : false}
      emptyText={translate('app.dashboard.trend.empty')}
      sheet={trend && (() => ({ name: '风险逾期率趋势', ...trendSheetRows(trend, nameOf) }))}
    >
      {() => trend && <Chart trend={trend} thresholdPercent={Math.round(overdueRateAbove * 1000) / 10} />}
    </MetricsCard>
  );
};
