import CleaningServicesIcon from '@mui/icons-material/CleaningServices';
import { Box, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { useTranslate } from 'react-admin';
import type { DustRateResponse } from '#functions/dust-ladder/schemas';
import { LoadingState } from '../../shared/states';
import { AsOf, MetricsCard } from '../MetricsCard';
import { queryString, useAllowed, useMetricsGet } from '../useMetrics';
import { dustParams, missingSheet, percentText, trendPoints } from './dustRows';

const DustTrendChart = lazy(() => import('./DustTrendChart'));
/** The list shows the first few; 导出 saves them all. */
const SHOWN = 10;

const Missing = ({ answer }: { answer: DustRateResponse }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dustRate.${key}`, options);
  if (answer.missing.length === 0) return <Typography color="success.main">{t('missingNone')}</Typography>;
  return (
    <Box data-testid="dust-missing">
      <Typography variant="subtitle2">{t('missingTitle', { count: answer.missing.length })}</Typography>
      <List dense disablePadding>
        {answer.missing.slice(0, SHOWN).map((site) => (
          <ListItem key={site.siteId} disableGutters>
            <ListItemText
              primary={site.name}
              secondary={`${site.townName ?? site.townId} · ${site.location}`}
              slotProps={{ primary: { noWrap: true }, secondary: { noWrap: true } }}
            />
          </ListItem>
        ))}
      </List>
      {answer.missing.length > SHOWN && (
        <Typography variant="caption" color="text.secondary">
          {t('more', { count: answer.missing.length - SHOWN })}
        </Typography>
      )}
    </Box>
  );
};

/** 粉尘清扫上报率: today's rate in the caller's area, its sites not uploaded yet (导出) and the 90-day line. */
export const DustRateWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dustRate.${key}`, options);
  const { account } = useAllowed('GET /api/metrics/dust');
  const query = useMetricsGet<DustRateResponse>(
    'GET /api/metrics/dust',
    `/metrics/dust${queryString(dustParams(account?.role))}`,
  );
  if (!query.allowed) return null;
  const answer = query.data;
  const rates = (answer?.trend ?? []).flatMap((point) => (point.rate === null ? [] : [point.rate]));
  // The period mean (DOMAIN.md): the mean of the days' rates, days without a snapshot left out.
  const meanRate = rates.length > 0 ? rates.reduce((sum, rate) => sum + rate, 0) / rates.length : null;
  return (
    <MetricsCard
      title="app.dustRate.title"
      icon={<CleaningServicesIcon color="primary" />}
      testId="dust-rate-widget"
      query={query}
      empty={answer ? answer.asOf === null && answer.trend.length === 0 : false}
      emptyText={t('empty')}
      sheet={answer && (() => missingSheet(answer))}
    >
      {() =>
        answer && (
          <Stack spacing={1.5} sx={{ minWidth: 0 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
              <Typography variant="body2" color="text.secondary">
                {t('today')}
              </Typography>
              <Typography variant="h4" data-testid="dust-rate-today">
                {percentText(answer.total.rate) ?? t('noValue')}
              </Typography>
              <Typography variant="body2">{t('counts', answer.total)}</Typography>
            </Stack>
            <AsOf at={answer.asOf} />
            <Missing answer={answer} />
            {answer.trend.length > 0 && (
              <Box sx={{ width: '100%', minWidth: 0 }} data-testid="dust-trend">
                <Typography variant="subtitle2">{t('trendTitle')}</Typography>
                <Suspense fallback={<LoadingState />}>
                  <DustTrendChart {...trendPoints(answer)} />
                </Suspense>
                {meanRate !== null && (
                  <Typography variant="caption" color="text.secondary">
                    {t('mean', { percent: percentText(meanRate) })}
                  </Typography>
                )}
              </Box>
            )}
          </Stack>
        )
      }
    </MetricsCard>
  );
};
