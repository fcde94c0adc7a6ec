import {
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { districtName } from '#functions/platform/districts';
import { ErrorState, LoadingState } from '../shared/states';
import { RecordCheckButton } from './RecordCheckDialog';
import { campaignPath, pagePath, usePages, type ZeroingCheck } from './zeroingApi';
import { exportChecks } from './zeroingExport';

export const checksQueryKey = (campaignId: string) => ['zeroing', campaignId, 'checks'];

/** The recorded checks, the latest day first: level, day, checkers and each hazard's result. */
export const ChecksTable = ({ checks }: { checks: ZeroingCheck[] }) => {
  const translate = useTranslate();
  if (checks.length === 0)
    return <Typography color="text.secondary">{translate('app.zeroing.checks.empty')}</Typography>;
  const field = (name: string) => translate(`resources.zeroing-campaigns.fields.${name}`);
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {['checkedOn', 'level', 'enterpriseName', 'districtId', 'checkers', 'zeroed'].map((name) => (
            <TableCell key={name}>{field(name)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {checks.map((check) => (
          <TableRow key={check.id}>
            <TableCell>{check.checkedOn}</TableCell>
            <TableCell>{translate(`app.zeroing.level.${check.level}`)}</TableCell>
            <TableCell>
              {check.enterpriseName}
              {check.results
                .filter((result) => !result.zeroed)
                .map((result) => (
                  <Typography key={result.hazardId} variant="body2" color="error">
                    {result.description}：{result.note}
                  </Typography>
                ))}
            </TableCell>
            <TableCell>{districtName(check.districtId) ?? check.districtId}</TableCell>
            <TableCell>{check.checkers.join('、')}</TableCell>
            <TableCell>
              <Chip
                size="small"
                color={check.zeroed ? 'success' : 'error'}
                label={translate(check.zeroed ? 'app.zeroing.checks.zeroed' : 'app.zeroing.checks.notZeroed')}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** 检查记录: 100 at a time, the latest day first (加载更多 for the rest), with 录入检查 and 导出检查记录. */
export const ZeroingChecksPanel = ({
  campaignId,
  campaignName,
  userRole,
}: {
  campaignId: string;
  campaignName: string;
  userRole: string | undefined;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const failed = (error: Error) =>
    notify(translate('app.zeroing.entries.failed', { message: error.message }), { type: 'error' });
  const query = usePages<ZeroingCheck>(checksQueryKey(campaignId), (cursor) =>
    pagePath(campaignPath(campaignId, 'checks'), cursor),
  );
  return (
    <Box sx={{ py: 1 }}>
      <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
        <RecordCheckButton campaignId={campaignId} userRole={userRole} />
        <Button variant="outlined" onClick={() => void exportChecks(campaignId, campaignName).catch(failed)}>
          {translate('app.zeroing.checks.export')}
        </Button>
      </Stack>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={query.refetch} />
      ) : (
        <ChecksTable checks={query.data.pages.flatMap((page) => page.data)} />
      )}
      {query.hasNextPage && (
        <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {translate('app.zeroing.entries.more')}
        </Button>
      )}
    </Box>
  );
};
