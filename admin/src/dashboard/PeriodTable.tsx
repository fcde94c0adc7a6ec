import { Box, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PeriodRow } from '#functions/metrics/schemas-period';
import { type PeriodCell, periodCells, periodColumns, rankerFor } from './periodCells';
import type { Thresholds } from './thresholds';

/** The first column stays in view while the metrics scroll sideways inside the card (phones). */
const sticky = { position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 } as const;

const Cell = ({ cell, of }: { cell: PeriodCell; of: number }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dashboard.period.${key}`, options);
  const notes = [
    cell.detail,
    cell.rank !== undefined && cell.rank !== null ? t('rank', { rank: cell.rank, of }) : undefined,
    cell.change && cell.change !== '—' ? cell.change : undefined,
  ].filter(Boolean);
  return (
    <TableCell
      align="right"
      data-alarm={cell.alarm ? 'true' : undefined}
      sx={{ px: 1, ...(cell.alarm ? { bgcolor: 'rgba(211, 47, 47, 0.08)' } : {}) }}
    >
      <Typography
        component="span"
        variant="body2"
        sx={cell.alarm ? { color: 'error.main', fontWeight: 700 } : undefined}
        data-testid="period-value"
      >
        {cell.text}
      </Typography>
      {notes.length > 0 && (
        <Typography component="div" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {notes.join(' · ')}
        </Typography>
      )}
    </TableCell>
  );
};

/**
 * Every metric of the quarter, one row per area (districts, a district's towns), each figure with its rank and
 * its change against the previous quarter, alarm figures in red; the parent area's total under them.
 */
export const PeriodTable = ({
  rows,
  total,
  thresholds,
  areaLabel,
  nameOf,
}: {
  rows: readonly PeriodRow[];
  total?: PeriodRow;
  thresholds: Thresholds;
  areaLabel: string;
  nameOf: (row: PeriodRow) => string;
}) => {
  const translate = useTranslate();
  const column = (key: string) => translate(`app.dashboard.period.columns.${key}`);
  const words = {
    points: translate('app.dashboard.period.points'),
    flat: translate('app.dashboard.period.flat'),
  };
  const rank = rankerFor(rows);
  const line = (row: PeriodRow, ranked: boolean, testId: string) => (
    <TableRow key={row.id} data-testid={testId} data-area={row.id}>
      <TableCell
        component="th"
        scope="row"
        sx={{ ...sticky, whiteSpace: 'nowrap', fontWeight: ranked ? 400 : 600 }}
      >
        {nameOf(row)}
      </TableCell>
      {periodCells(row, thresholds, ranked ? rank(row) : () => undefined, words).map((cell, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the columns never reorder
        <Cell key={index} cell={cell} of={rows.length} />
      ))}
    </TableRow>
  );
  return (
    <Box sx={{ overflowX: 'auto', maxWidth: '100%' }} data-testid="period-table">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell sx={sticky}>{areaLabel}</TableCell>
            {periodColumns.map((entry) => (
              <TableCell key={entry.key} align="right" sx={{ minWidth: 72, px: 1 }}>
                {'watch' in entry && entry.watch ? (
                  <Tooltip
                    title={translate(`app.dashboard.period.watch.${entry.watch}`, {
                      percent: Math.round(
                        (entry.watch === 'overdueRate'
                          ? thresholds.overdueRateAbove
                          : thresholds.participationBelow) * 100,
                      ),
                    })}
                  >
                    <span>{column(entry.key)}</span>
                  </Tooltip>
                ) : (
                  column(entry.key)
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => line(row, true, 'period-row'))}
          {total && line(total, false, 'period-total')}
        </TableBody>
      </Table>
    </Box>
  );
};
