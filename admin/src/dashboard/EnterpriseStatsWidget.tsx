import FactoryIcon from '@mui/icons-material/Factory';
import {
  Box,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { enterpriseStatuses } from '#functions/enterprises/domain/kinds';
import type { StatsArea, StatsSnapshot } from '#functions/stats/schemas';
import { statusColor } from '../enterprises/labels';
import { coverageText } from './coverage';
import { StatsCard, StatsTime } from './StatsCard';

/** On phones the status columns give way, so that the table never makes the page scroll sideways. */
const wide = { display: { xs: 'none', sm: 'table-cell' } } as const;

const AreaTable = ({ snapshot }: { snapshot: StatsSnapshot }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.dashboard.stats.enterprises.${key}`);
  const areaName = (area: StatsArea) => area.name ?? translate('app.org.outsideGrid');
  // A town's areas are its grids, each inside a grid by definition: no coverage column there.
  const coverage = snapshot.scope.kind !== 'town';
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="stats-areas">
        <TableHead>
          <TableRow>
            <TableCell>{t(`area.${snapshot.scope.kind}`)}</TableCell>
            <TableCell align="right">{t('count')}</TableCell>
            {enterpriseStatuses.map((status) => (
              <TableCell key={status} align="right" sx={wide}>
                {status}
              </TableCell>
            ))}
            {coverage && <TableCell align="right">{t('coverage')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {snapshot.areas.map((area) => (
            <TableRow key={area.id ?? 'outside'} data-testid="stats-area">
              <TableCell>{areaName(area)}</TableCell>
              <TableCell align="right">{area.total}</TableCell>
              {enterpriseStatuses.map((status) => (
                <TableCell key={status} align="right" sx={wide}>
                  {area.byStatus[status] ?? 0}
                </TableCell>
              ))}
              {coverage && <TableCell align="right">{coverageText(area)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/** 企业概况: the area's enterprises by status, and each area one level down (districts, towns or grids). */
export const EnterpriseStatsWidget = () => {
  const translate = useTranslate();
  return (
    <StatsCard
      title="app.dashboard.stats.enterprises.title"
      icon={<FactoryIcon color="primary" />}
      testId="enterprise-stats-widget"
    >
      {(snapshot, minutes) => (
        <Stack spacing={1.5}>
          <Stack direction="row" sx={{ alignItems: 'baseline', flexWrap: 'wrap', gap: 1 }}>
            <Typography variant="h4" component="p" data-testid="stats-enterprise-total">
              {snapshot.enterprises.total}
            </Typography>
            <Typography color="text.secondary" sx={{ mr: 1 }}>
              {translate('app.dashboard.stats.enterprises.total')}
            </Typography>
            {enterpriseStatuses.map((status) => (
              <Chip
                key={status}
                size="small"
                variant="outlined"
                color={statusColor(status)}
                label={`${status} ${snapshot.enterprises.byStatus[status] ?? 0}`}
              />
            ))}
          </Stack>
          {snapshot.areas.length > 0 && <AreaTable snapshot={snapshot} />}
          <StatsTime generatedAt={snapshot.generatedAt} minutes={minutes} />
        </Stack>
      )}
    </StatsCard>
  );
};
