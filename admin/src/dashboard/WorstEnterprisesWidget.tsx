import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { districtName } from '#functions/platform/districts';
import { levelColours } from '../risk-points/levels';
import { AsOf, MetricsCard } from './MetricsCard';
import { enterpriseName, worstRows, worstSheet } from './overdueRows';
import { useAllowed, useOverdue } from './useMetrics';

const LIMIT = 10;
/** On phones the district column gives way, so the table fits 375 px. */
const wide = { display: { xs: 'none', sm: 'table-cell' } } as const;

/** 逾期重大、较大风险点最多的企业: the area's ten worst enterprises, from the hourly overdue snapshot. */
export const WorstEnterprisesWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dashboard.worst.${key}`, options);
  const { account } = useAllowed('GET /api/metrics/overdue');
  const query = useOverdue({ level: 'enterprise', sort: 'worst', limit: LIMIT });
  if (!query.allowed || account?.role === 'enterpriseUser') return null;
  const snapshot = query.data;
  const rows = worstRows(snapshot?.data ?? []);
  const city = account?.role === 'cityAdmin';
  return (
    <MetricsCard
      title="app.dashboard.worst.title"
      icon={<WarningAmberIcon color="error" />}
      testId="worst-widget"
      query={query}
      empty={!snapshot?.asOf || rows.length === 0}
      emptyText={snapshot?.asOf ? t('none') : translate('app.dashboard.metrics.hourlyEmpty')}
      sheet={() => ({ name: '逾期风险点最多的企业', ...worstSheet(rows) })}
    >
      {() => (
        <>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('rank')}</TableCell>
                  <TableCell>{t('enterprise')}</TableCell>
                  {city && <TableCell sx={wide}>{t('district')}</TableCell>}
                  <TableCell align="right" sx={{ color: levelColours.red }}>
                    {t('red')}
                  </TableCell>
                  <TableCell align="right" sx={{ color: levelColours.orange }}>
                    {t('orange')}
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row, index) => (
                  <TableRow key={row.id} data-testid="worst-row">
                    <TableCell>{index + 1}</TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={`/enterprises/${encodeURIComponent(row.id)}/show`}>
                        {enterpriseName(row)}
                      </Link>
                    </TableCell>
                    {city && <TableCell sx={wide}>{districtName(row.districtId ?? '') ?? ''}</TableCell>}
                    <TableCell align="right">{row.figures.red.overdue}</TableCell>
                    <TableCell align="right">{row.figures.orange.overdue}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          <AsOf at={snapshot?.asOf} />
        </>
      )}
    </MetricsCard>
  );
};
