import { ChartsLocalizationProvider } from '@mui/x-charts/ChartsLocalizationProvider';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslate } from 'react-admin';
import type { TrendLine } from './trendSeries';

/**
 * The 90-day lines of the overdue rate, one per area, with the alarm line. Its own module (loaded with
 * React.lazy): @mui/x-charts is most of its weight and only the managers' dashboard draws it.
 */
const TrendChart = ({
  days,
  lines,
  thresholdPercent,
}: {
  days: readonly string[];
  lines: readonly TrendLine[];
  thresholdPercent: number;
}) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dashboard.trend.${key}`, options);
  // x-charts ships no Chinese: the texts it can show (overlays, screen-reader descriptions) come from ours.
  const localeText = {
    loading: translate('app.states.loading'),
    noData: t('noData'),
    a11yNoValue: t('noValue'),
    a11yConnector: '，',
    lineDescription: ({ formattedXValue, formattedYValue, seriesLabel }: Record<string, unknown>) =>
      `${seriesLabel ?? ''} ${formattedXValue} ${formattedYValue}`.trim(),
  };
  const percent = (value: number | null) => (value === null ? t('noValue') : `${value.toFixed(1)}%`);
  return (
    <ChartsLocalizationProvider localeText={localeText}>
      <LineChart
        height={320}
        skipAnimation
        xAxis={[
          {
            scaleType: 'point',
            data: [...days],
            valueFormatter: (day: string) => day.slice(5).replace('-', '/'),
          },
        ]}
        yAxis={[{ min: 0, valueFormatter: (value: number) => `${value}%` }]}
        series={lines.map((line) => ({
          id: line.id,
          label: line.label,
          data: [...line.data],
          // Marks only where a day stands alone (its neighbours have no snapshot), so no figure is invisible.
          showMark: ({ index }: { index: number }) =>
            line.data[index] !== null &&
            (line.data[index - 1] ?? null) === null &&
            (line.data[index + 1] ?? null) === null,
          valueFormatter: percent,
        }))}
        grid={{ horizontal: true }}
        slotProps={{
          legend: { direction: 'horizontal', position: { vertical: 'bottom', horizontal: 'center' } },
        }}
      >
        <ChartsReferenceLine
          y={thresholdPercent}
          label={t('threshold', { percent: thresholdPercent })}
          labelAlign="end"
          lineStyle={{ strokeDasharray: '6 4', stroke: '#d32f2f' }}
          labelStyle={{ fill: '#d32f2f', fontSize: 12 }}
        />
      </LineChart>
    </ChartsLocalizationProvider>
  );
};

export default TrendChart;
