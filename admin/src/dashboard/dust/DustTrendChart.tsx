import { ChartsLocalizationProvider } from '@mui/x-charts/ChartsLocalizationProvider';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslate } from 'react-admin';

/** The 90-day line of the upload rate (its own lazily loaded module: @mui/x-charts is most of its weight). */
const DustTrendChart = ({ days, data }: { days: readonly string[]; data: readonly (number | null)[] }) => {
  const translate = useTranslate();
  const noValue = translate('app.dustRate.noValue');
  return (
    <ChartsLocalizationProvider localeText={{ loading: translate('app.states.loading'), noData: noValue }}>
      <LineChart
        height={220}
        skipAnimation
        xAxis={[
          {
            scaleType: 'point',
            data: [...days],
            valueFormatter: (day: string) => day.slice(5).replace('-', '/'),
          },
        ]}
        yAxis={[{ min: 0, max: 100, valueFormatter: (value: number) => `${value}%` }]}
        series={[
          {
            id: 'dustRate',
            label: translate('app.dustRate.today'),
            data: [...data],
            showMark: false,
            valueFormatter: (value: number | null) => (value === null ? noValue : `${value.toFixed(1)}%`),
          },
        ]}
        grid={{ horizontal: true }}
        hideLegend
      />
    </ChartsLocalizationProvider>
  );
};

export default DustTrendChart;
