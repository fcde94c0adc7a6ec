import GridOnIcon from '@mui/icons-material/GridOn';
import { Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { AsOf, MetricsCard } from '../dashboard/MetricsCard';
import { useMetricsGet } from '../dashboard/useMetrics';
import type { Coverage } from './coverageApi';
import { coverageRows, coverageText } from './coverageView';

const ROUTE = 'GET /api/grid-coverage';

/**
 * 网格覆盖与网格外企业 on the dashboard: the area's coverage of its active enterprises and, per district (the
 * city) or town (a district, a town), how many are still outside the grid, with a link to the outside list.
 * Grid members and enterprise users do not see it (the route admits neither).
 */
export const CoverageWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.gridCoverage.${key}`, options);
  const query = useMetricsGet<Coverage>(ROUTE, '/grid-coverage');
  if (!query.allowed) return null;
  const coverage = query.data;
  return (
    <MetricsCard
      title="app.gridCoverage.widgetTitle"
      icon={<GridOnIcon color="primary" />}
      testId="grid-outside-widget"
      query={query}
      empty={!coverage?.generatedAt}
      emptyText={t('empty', { minutes: coverage?.refreshMinutes ?? 10 })}
    >
      {() =>
        coverage && (
          <Stack spacing={1}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
              <Typography variant="h4" data-testid="grid-outside-coverage">
                {coverageText(coverage.coverage)}
              </Typography>
              <Typography variant="body2">{t('total', coverage)}</Typography>
            </Stack>
            <Table size="small" sx={{ '& td, & th': { px: 1 } }}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('area')}</TableCell>
                  <TableCell align="right">{t('outside')}</TableCell>
                  <TableCell align="right">{t('coverage')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {coverageRows(coverage).map((row) => (
                  <TableRow key={row.id} data-testid={`grid-outside-row-${row.id}`}>
                    <TableCell>{row.name}</TableCell>
                    <TableCell align="right">{row.outside}</TableCell>
                    <TableCell align="right">{coverageText(row.coverage)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <AsOf at={coverage.generatedAt} />
            <Button component={RouterLink} to="/grid-outside" size="small" sx={{ alignSelf: 'flex-start' }}>
              {t('details')}
            </Button>
          </Stack>
        )
      }
    </MetricsCard>
  );
};
