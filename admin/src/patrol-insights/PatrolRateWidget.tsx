import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { percentText } from '../dashboard/format';
import { MetricsCard } from '../dashboard/MetricsCard';
import { useAllowed, useMetricsGet } from '../dashboard/useMetrics';
import { defaultPeriod, type PatrolRates, rowName, startDrill, totalPath, totalRow } from './rateView';

const ROUTE = 'GET /api/patrol-rates';

/**
 * 巡查率 on the dashboard: this quarter's rate of the caller's own area (the city, its district, its town; a
 * grid member its grid), with a link to the drill-down page. The same request as the page's total.
 */
export const PatrolRateWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.patrolRates.${key}`, options);
  const { account, allowed } = useAllowed(ROUTE);
  const drill = startDrill(account?.role, account?.scope);
  const period = defaultPeriod(new Date());
  const own = account?.role === 'gridMember';
  const path = own ? `/patrol-rates?period=${period}&level=grid` : totalPath(period, drill);
  const query = useMetricsGet<PatrolRates>(ROUTE, path, allowed);
  if (!query.allowed) return null;
  const sum = own ? query.data?.rows[0] : totalRow(query.data, drill);
  return (
    <MetricsCard
      title="app.patrolRates.widgetTitle"
      icon={<FactCheckIcon color="primary" />}
      testId="patrol-rate-widget"
      query={query}
      empty={!sum}
      emptyText={t('empty')}
    >
      {() =>
        sum && (
          <Stack spacing={1}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
              <Typography variant="h4" data-testid="patrol-rate-widget-value">
                {percentText(sum.rate)}
              </Typography>
              <Typography variant="body2">{t('total', { ...sum, name: rowName(sum) })}</Typography>
            </Stack>
            <Button component={RouterLink} to="/patrol-rates" size="small" sx={{ alignSelf: 'flex-start' }}>
              {t('details')}
            </Button>
          </Stack>
        )
      }
    </MetricsCard>
  );
};
