import {
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { findingText, patrolDays, type RepeatedFindingRow } from './findingView';

type Rows = { rows: readonly RepeatedFindingRow[]; texts: ReadonlyMap<string, string> };

const enterprisePath = (row: RepeatedFindingRow) =>
  `/enterprises/${encodeURIComponent(row.enterpriseId)}/show`;
const hazardText = (row: RepeatedFindingRow) => `${row.openHazardIds.length} / ${row.hazardIds.length}`;

/** 未闭环 (orange) or 已闭环 (green); the tooltip says when the latest patrol found it again. */
export const OpenChip = ({ row }: { row: RepeatedFindingRow }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={row.open ? 'warning' : 'success'}
      label={translate(row.open ? 'app.repeatedFindings.open' : 'app.repeatedFindings.closed')}
      title={row.stillFound ? translate('app.repeatedFindings.stillFound') : undefined}
      data-testid="finding-state"
    />
  );
};

/** The list as a table (wide screens): one row per enterprise and item. */
export const FindingTable = ({ rows, texts }: Rows) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.repeatedFindings.${key}`);
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="repeated-findings-table">
        <TableHead>
          <TableRow>
            <TableCell>{t('enterprise')}</TableCell>
            <TableCell>{t('finding')}</TableCell>
            <TableCell>{t('kind')}</TableCell>
            <TableCell align="right">{t('count')}</TableCell>
            <TableCell>{t('days')}</TableCell>
            <TableCell align="right">{t('hazards')}</TableCell>
            <TableCell>{t('state')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} data-testid={`repeated-finding-${row.enterpriseId}`} data-finding={row.id}>
              <TableCell>
                <RouterLink to={enterprisePath(row)}>{row.enterpriseName ?? row.enterpriseId}</RouterLink>
              </TableCell>
              <TableCell>{findingText(row, texts)}</TableCell>
              <TableCell>{t(row.kind)}</TableCell>
              <TableCell align="right" data-testid="finding-count">
                {row.count}
              </TableCell>
              <TableCell>{patrolDays(row)}</TableCell>
              <TableCell align="right">{hazardText(row)}</TableCell>
              <TableCell>
                <OpenChip row={row} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
};

/** The list as cards (a phone held upright): the enterprise, what was found, then counts, days and state. */
export const FindingCards = ({ rows, texts }: Rows) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.repeatedFindings.${key}`);
  return (
    <List disablePadding data-testid="repeated-findings-cards">
      {rows.map((row) => (
        <ListItem
          key={row.id}
          divider
          disableGutters
          data-testid={`repeated-finding-${row.enterpriseId}`}
          data-finding={row.id}
        >
          <ListItemText
            primary={
              <RouterLink to={enterprisePath(row)}>{row.enterpriseName ?? row.enterpriseId}</RouterLink>
            }
            secondary={
              <Stack component="span" spacing={0.5} sx={{ mt: 0.5 }}>
                <Typography component="span" variant="body2" color="text.primary">
                  {findingText(row, texts)}（{t(row.kind)}）
                </Typography>
                <Typography component="span" variant="body2">
                  {t('count')} <span data-testid="finding-count">{row.count}</span> · {t('days')}{' '}
                  {patrolDays(row)} · {t('hazards')} {hazardText(row)}
                </Typography>
                <span>
                  <OpenChip row={row} />
                </span>
              </Stack>
            }
            slotProps={{ secondary: { component: 'span' } }}
          />
        </ListItem>
      ))}
    </List>
  );
};
