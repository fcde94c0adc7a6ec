import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { PeriodRow } from '#functions/metrics/schemas-period';
import { districtName } from '#functions/platform/districts';
import { dashboardZh } from './i18n.zh';
import { AsOf, MetricsCard } from './MetricsCard';
import { PeriodTable } from './PeriodTable';
import { periodSheet, thresholdsOf } from './periodCells';
import { QuarterPicker } from './QuarterPicker';
import { quarterOf } from './quarters';
import { defaultThresholds } from './thresholds';
import { periodParams, useAllowed, usePeriod } from './useMetrics';

/** A column's Chinese name, for the export (`riskPoints.red` walks into the nested messages). */
const zhColumn = (key: string) =>
  String(
    key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown> | undefined)?.[part],
        dashboardZh.app.dashboard.period.columns,
      ) ?? key,
  );

/**
 * 季度指标: the quarter's metrics per district (city), per town (district admin) or of the officer's town, with
 * ranks, the change against the previous quarter and the alarm lines; a quarter picker; 导出.
 */
export const PeriodWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dashboard.period.${key}`, options);
  const { account } = useAllowed('GET /api/metrics/period');
  const [quarter, setQuarter] = useState(() => quarterOf(new Date()));
  const params = periodParams(account?.role, account?.scope.districtId, quarter);
  // An enterprise user's dashboard shows its own points and hazards instead; a grid has no quarter figures.
  const shows = account?.role !== 'enterpriseUser' && account?.role !== 'gridMember';
  const rowsQuery = usePeriod(params.rows, shows);
  const totalQuery = usePeriod(params.total ?? {}, shows && params.total !== undefined);
  if (!rowsQuery.allowed || !shows) return null;
  const period = rowsQuery.data;
  const rows = period?.data ?? [];
  const total = params.total ? totalQuery.data?.data[0] : undefined;
  const thresholds = thresholdsOf(period?.thresholds, defaultThresholds);
  const areaKey = period?.level === 'district' ? 'district' : 'town';
  const nameOf = (row: PeriodRow) =>
    row.level === 'city' ? t('city') : (row.name ?? districtName(row.id) ?? row.id);
  return (
    <MetricsCard
      title="app.dashboard.period.title"
      icon={<LeaderboardIcon color="primary" />}
      testId="period-widget"
      wide
      query={rowsQuery}
      empty={rows.length === 0 || period?.throughDay === null}
      emptyText={t('empty')}
      toolbar={<QuarterPicker value={quarter} onChange={setQuarter} />}
      sheet={() => ({
        name: `季度指标-${quarter}`,
        ...periodSheet(rows, total, thresholds, {
          area: String(dashboardZh.app.dashboard.period.area[areaKey]),
          column: zhColumn,
          nameOf,
        }),
      })}
    >
      {() => (
        <Stack spacing={1}>
          <PeriodTable
            rows={rows}
            total={total}
            thresholds={thresholds}
            areaLabel={t(`area.${areaKey}`)}
            nameOf={nameOf}
          />
          <Typography variant="caption" color="text.secondary">
            {t('legend', {
              overdue: Math.round(thresholds.overdueRateAbove * 100),
              participation: Math.round(thresholds.participationBelow * 100),
            })}
          </Typography>
          <AsOf
            at={period?.generatedAt}
            note={t(period?.final ? 'final' : 'throughDay', { day: period?.throughDay ?? '' })}
          />
        </Stack>
      )}
    </MetricsCard>
  );
};
