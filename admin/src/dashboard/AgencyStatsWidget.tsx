import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AgencyStats } from '#functions/agency-notices/schemas';
import { MetricsCard } from './MetricsCard';
import { useMetricsGet } from './useMetrics';

/** This Beijing quarter: the widget always shows the quarter in progress. */
function currentQuarter(now = new Date()): { year: number; quarter: number } {
  const day = new Date(now.getTime() + 8 * 3_600_000).toISOString();
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

const figureKeys = ['agencies', 'deductions', 'points', 'notices'] as const;

/** 中介机构考评: the quarter's city figures and the districts above the city average in 家次. */
export const AgencyStatsWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.agencyStats.${key}`, options);
  const { year, quarter } = currentQuarter();
  const query = useMetricsGet<AgencyStats>(
    'GET /api/agency-stats',
    `/agency-stats?year=${year}&quarter=${quarter}`,
  );
  if (!query.allowed) return null;
  const stats = query.data;
  const above = (stats?.districts ?? [])
    .filter((row) => row.aboveAverage.deductions)
    .sort((a, b) => b.deductions - a.deductions);
  return (
    <MetricsCard
      title={t('title', { quarter: `${year}Q${quarter}` })}
      icon={<FactCheckIcon color="primary" />}
      testId="agency-stats-widget"
      query={query}
      empty={stats ? stats.city.deductions === 0 && stats.city.notices === 0 : false}
      emptyText={t('empty')}
      sheet={
        stats &&
        (() => ({
          name: `中介机构考评-${year}Q${quarter}`,
          header: ['辖市（区）', '被扣分机构', '扣分家次', '扣分分值', '专题通报', '家次与区均差'],
          rows: [
            ...stats.districts.map((row) => [
              row.districtName,
              row.agencies,
              row.deductions,
              row.points,
              row.notices,
              row.difference.deductions,
            ]),
            ['全市', stats.city.agencies, stats.city.deductions, stats.city.points, stats.city.notices, 0],
            [
              '其中市局',
              stats.bureau.agencies,
              stats.bureau.deductions,
              stats.bureau.points,
              stats.bureau.notices,
              0,
            ],
          ],
        }))
      }
    >
      {() =>
        stats && (
          <Stack spacing={1.5}>
            <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap' }}>
              {figureKeys.map((key) => (
                <div key={key}>
                  <Typography variant="body2" color="text.secondary">
                    {t(key)}
                  </Typography>
                  <Typography variant="h5" data-testid={`agency-stats-${key}`}>
                    {stats.city[key]}
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    {t('average', { value: stats.average[key] })}
                  </Typography>
                </div>
              ))}
            </Stack>
            <Typography variant="body2" data-testid="agency-stats-above">
              {above.length === 0
                ? t('noneAbove')
                : `${t('above')}${above.map((row) => `${row.districtName} ${row.deductions} 家次`).join('、')}`}
            </Typography>
          </Stack>
        )
      }
    </MetricsCard>
  );
};
