import {
  Alert,
  Box,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { districtName } from '#functions/platform/districts';
import { ErrorState, LoadingState } from '../shared/states';
import { api, campaignPath, checkLevels, type ZeroingBoard } from './zeroingApi';

export const boardQueryKey = (campaignId: string) => ['zeroing', campaignId, 'board'];

const Figure = ({ label, value }: { label: string; value: number }) => (
  <Card variant="outlined" sx={{ minWidth: 140 }}>
    <CardContent>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5">{value}</Typography>
    </CardContent>
  </Card>
);

/** The board's figures, the report's sentence and a row per district (levels as columns). */
export const BoardView = ({ board }: { board: ZeroingBoard }) => {
  const translate = useTranslate();
  const level = (id: string) => translate(`app.zeroing.level.${id}`);
  if (board.listed === 0) return <Alert severity="info">{translate('app.zeroing.board.none')}</Alert>;
  return (
    <Stack spacing={2}>
      <Alert
        severity={board.notZeroedTotal === board.closedSince ? 'success' : 'warning'}
        data-testid="zeroing-sentence"
      >
        {board.sentence}
      </Alert>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Figure label={translate('app.zeroing.board.checked')} value={board.checked} />
        {checkLevels.map((id) => (
          <Figure
            key={id}
            label={translate('app.zeroing.board.perLevel', { level: level(id) })}
            value={board.notZeroed[id]}
          />
        ))}
        <Figure label={translate('app.zeroing.board.notZeroed')} value={board.notZeroedTotal} />
        <Figure label={translate('app.zeroing.board.closedSince')} value={board.closedSince} />
      </Stack>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.zeroing.board.district')}</TableCell>
            <TableCell align="right">{translate('app.zeroing.board.listed')}</TableCell>
            <TableCell align="right">{translate('app.zeroing.board.checked')}</TableCell>
            {checkLevels.map((id) => (
              <TableCell key={id} align="right">
                {translate('app.zeroing.board.perLevel', { level: level(id) })}
              </TableCell>
            ))}
            <TableCell align="right">{translate('app.zeroing.board.closedSince')}</TableCell>
            <TableCell align="right">{translate('app.zeroing.board.open')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {board.byDistrict.map((row) => (
            <TableRow key={row.districtId}>
              <TableCell>{districtName(row.districtId) ?? row.districtId}</TableCell>
              <TableCell align="right">{row.listed}</TableCell>
              <TableCell align="right">{row.checked}</TableCell>
              {checkLevels.map((id) => (
                <TableCell key={id} align="right">
                  {row.notZeroed[id]}
                </TableCell>
              ))}
              <TableCell align="right">{row.closedSince}</TableCell>
              <TableCell align="right">{row.notZeroedTotal - row.closedSince}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
};

/** 未清零企业跟踪: each enterprise found not zeroed, the levels that found it, and whether it has closed since. */
export const FollowUpTable = ({ rows }: { rows: ZeroingBoard['followUp'] }) => {
  const translate = useTranslate();
  if (rows.length === 0) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="h6">{translate('app.zeroing.board.followUp')}</Typography>
      <Table size="small">
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.enterpriseId}>
              <TableCell>{row.enterpriseName}</TableCell>
              <TableCell>{districtName(row.districtId) ?? row.districtId}</TableCell>
              <TableCell>{row.levels.map((id) => translate(`app.zeroing.level.${id}`)).join('、')}</TableCell>
              <TableCell>
                {row.openHazards === 0
                  ? translate('app.zeroing.board.closedNow')
                  : translate('app.zeroing.board.openNow', { count: row.openHazards })}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Stack>
  );
};

/** 看板: read live (the hazards close in their own capability), with loading and error states. */
export const ZeroingBoardPanel = ({ campaignId }: { campaignId: string }) => {
  const { data, error, isPending, refetch } = useQuery({
    queryKey: boardQueryKey(campaignId),
    queryFn: ({ signal }) => api<ZeroingBoard>(campaignPath(campaignId, 'board'), { signal }),
  });
  if (isPending) return <LoadingState />;
  if (error || !data) return <ErrorState error={error} onRetry={refetch} />;
  return (
    <Box sx={{ py: 1 }}>
      <BoardView board={data} />
      <Box sx={{ mt: 2 }}>
        <FollowUpTable rows={data.followUp} />
      </Box>
    </Box>
  );
};
