import FactoryIcon from '@mui/icons-material/Factory';
import { Box, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { AsOf, MetricsCard } from './MetricsCard';
import { enterpriseName, enterpriseOverdueCells, enterpriseOverdueSheet } from './overdueRows';
import { defaultThresholds } from './thresholds';
import { useAllowed, useOverdue } from './useMetrics';

const LIMIT = 100;
const levels = ['red', 'orange', 'yellow', 'blue'] as const;
const wide = { display: { xs: 'none', sm: 'table-cell' } } as const;

/**
 * 企业风险逾期: a town officer's (or grid member's) enterprises, each level's overdue of active points and the
 * overdue rate, from the hourly snapshot; the first 100 by name (the API pages on; the note says so).
 */
export const EnterpriseOverdueWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dashboard.enterprises.${key}`, options);
  const { account } = useAllowed('GET /api/metrics/overdue');
  const shows = account?.role === 'townOfficer' || account?.role === 'gridMember';
  const query = useOverdue({ level: 'enterprise', limit: LIMIT });
  if (!query.allowed || !shows) return null;
  const snapshot = query.data;
  const rows = snapshot?.data ?? [];
  const thresholds = defaultThresholds;
  return (
    <MetricsCard
      title="app.dashboard.enterprises.title"
      icon={<FactoryIcon color="primary" />}
      testId="enterprise-overdue-widget"
      wide
      query={query}
      empty={!snapshot?.asOf || rows.length === 0}
      emptyText={snapshot?.asOf ? t('none') : translate('app.dashboard.metrics.hourlyEmpty')}
      sheet={() => ({ name: '企业风险逾期', ...enterpriseOverdueSheet(rows, thresholds) })}
    >
      {() => (
        <>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('enterprise')}</TableCell>
                  {levels.map((level) => (
                    <TableCell key={level} align="right" sx={wide}>
                      {translate(`app.riskPoint.level.${level}`)}
                    </TableCell>
                  ))}
                  <TableCell align="right">{t('total')}</TableCell>
                  <TableCell align="right">{t('rate')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => {
                  const cells = enterpriseOverdueCells(row, thresholds);
                  return (
                    <TableRow key={row.id} data-testid="enterprise-overdue-row">
                      <TableCell>
                        <Link component={RouterLink} to={`/enterprises/${encodeURIComponent(row.id)}/show`}>
                          {enterpriseName(row)}
                        </Link>
                      </TableCell>
                      {cells.levels.map((text, index) => (
                        <TableCell key={levels[index]} align="right" sx={wide}>
                          {text}
                        </TableCell>
                      ))}
                      <TableCell align="right">{cells.total}</TableCell>
                      <TableCell
                        align="right"
                        data-alarm={cells.alarm ? 'true' : undefined}
                        sx={cells.alarm ? { color: 'error.main', fontWeight: 700 } : undefined}
                      >
                        {cells.rate}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
          <Typography variant="caption" color="text.secondary" component="p">
            {t('hint')}
            {snapshot?.nextCursor ? ` ${t('more', { count: LIMIT })}` : ''}
          </Typography>
          <AsOf at={snapshot?.asOf} />
        </>
      )}
    </MetricsCard>
  );
};
