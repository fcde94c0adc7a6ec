import FactCheckIcon from '@mui/icons-material/FactCheck';
import {
  Breadcrumbs,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { percentText } from '../dashboard/format';
import { MetricsCard } from '../dashboard/MetricsCard';
import { useAllowed, useMetricsGet } from '../dashboard/useMetrics';
import { beijingDateTime } from '../shared/beijingTime';
import { PeriodPicker } from './PeriodPicker';
import {
  byRate,
  type Drill,
  defaultPeriod,
  drillInto,
  type PatrolRates,
  rateSheet,
  ratesPath,
  rowName,
  startDrill,
  totalPath,
  totalRow,
} from './rateView';

const ROUTE = 'GET /api/patrol-rates';

/** Where the drill-down has been: 全市 › 武进区 › 湖塘镇, each a way back up (only as far as the role's own area). */
const Trail = ({ drill, start, onPick }: { drill: Drill; start: Drill; onPick: (drill: Drill) => void }) => {
  const translate = useTranslate();
  const steps: { label: string; drill: Drill }[] = [];
  if (start.level === 'district') steps.push({ label: translate('app.patrolRates.city'), drill: start });
  if (drill.level !== 'district' && start.level !== 'grid' && drill.districtName)
    steps.push({ label: drill.districtName, drill: { ...drill, level: 'town' } });
  if (drill.level === 'grid' && drill.townName) steps.push({ label: drill.townName, drill });
  if (steps.length < 2) return null;
  return (
    <Breadcrumbs sx={{ mb: 1 }} data-testid="patrol-rate-trail">
      {steps.map((step, index) =>
        index === steps.length - 1 ? (
          <Typography key={step.label} color="text.primary">
            {step.label}
          </Typography>
        ) : (
          <Link key={step.label} component="button" onClick={() => onPick(step.drill)}>
            {step.label}
          </Link>
        ),
      )}
    </Breadcrumbs>
  );
};

/**
 * 巡查率 (#/patrol-rates): a period's rate of the caller's area and the areas one level down, lowest first;
 * a district opens its towns, a town its grids. The figures are the hourly job's snapshots.
 */
export const PatrolRatePage = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.patrolRates.${key}`, options);
  const { account } = useAllowed(ROUTE);
  const start = startDrill(account?.role, account?.scope);
  const [period, setPeriod] = useState(() => defaultPeriod(new Date()));
  const [picked, setPicked] = useState<Drill | null>(null);
  const drill = picked ?? start;
  const rows = useMetricsGet<PatrolRates>(ROUTE, ratesPath(period, drill), account !== undefined);
  const total = useMetricsGet<PatrolRates>(ROUTE, totalPath(period, drill), account !== undefined);
  const sum = totalRow(total.data, drill);
  const shown = byRate(rows.data?.rows ?? []);
  return (
    <Stack spacing={2} sx={{ mt: 2, minWidth: 0 }}>
      <Title title={t('title')} />
      <MetricsCard
        title="app.patrolRates.title"
        icon={<FactCheckIcon color="primary" />}
        testId="patrol-rate-card"
        query={rows}
        empty={shown.length === 0}
        emptyText={t('empty')}
        sheet={() => rateSheet(shown, period)}
        toolbar={
          <>
            <PeriodPicker value={period} onChange={setPeriod} />
            <Trail drill={drill} start={start} onPick={setPicked} />
          </>
        }
      >
        {() => (
          <Stack spacing={1} sx={{ minWidth: 0 }}>
            {sum && (
              <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
                <Typography variant="h4" data-testid="patrol-rate-total">
                  {percentText(sum.rate)}
                </Typography>
                <Typography variant="body2">{t('total', { ...sum, name: rowName(sum) })}</Typography>
              </Stack>
            )}
            {rows.data?.generatedAt && shown[0] && (
              <Typography variant="caption" color="text.secondary">
                {t('asOf', { at: beijingDateTime(rows.data.generatedAt), day: shown[0].throughDay })}
              </Typography>
            )}
            <TableContainer sx={{ overflowX: 'auto' }}>
              <Table size="small" data-testid="patrol-rate-table">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('area')}</TableCell>
                    <TableCell align="right">{t('inGrid')}</TableCell>
                    <TableCell align="right">{t('patrolled')}</TableCell>
                    <TableCell align="right">{t('rate')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {shown.map((row) => {
                    const next = drillInto(drill, row);
                    return (
                      <TableRow key={row.id} data-testid={`patrol-rate-row-${row.id}`}>
                        <TableCell>
                          {next ? (
                            <Link component="button" onClick={() => setPicked(next)} title={t('open')}>
                              {rowName(row)}
                            </Link>
                          ) : (
                            rowName(row)
                          )}
                        </TableCell>
                        <TableCell align="right">{row.inGrid}</TableCell>
                        <TableCell align="right">{row.patrolled}</TableCell>
                        <TableCell align="right" data-testid="patrol-rate-value">
                          {percentText(row.rate)}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </TableContainer>
            <Typography variant="caption" color="text.secondary">
              {t('definition')}
            </Typography>
          </Stack>
        )}
      </MetricsCard>
    </Stack>
  );
};
