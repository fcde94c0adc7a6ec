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
import { useTranslate } from 'react-admin';
import { districtName } from '#functions/platform/districts';
import { ErrorState, LoadingState } from '../shared/states';
import { HazardPickerButton, ImportListButton } from './ZeroingListEditor';
import { campaignPath, pagePath, usePages, type ZeroingEntry } from './zeroingApi';

export const entriesQueryKey = (campaignId: string) => ['zeroing', campaignId, 'entries'];

/** The listed enterprises with each hazard's state now (from the hazards' own status). */
export const EntriesTable = ({ entries }: { entries: ZeroingEntry[] }) => {
  const translate = useTranslate();
  if (entries.length === 0)
    return <Typography color="text.secondary">{translate('app.zeroing.entries.empty')}</Typography>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.zeroing-campaigns.fields.enterpriseName')}</TableCell>
          <TableCell>{translate('resources.zeroing-campaigns.fields.districtId')}</TableCell>
          <TableCell>{translate('app.zeroing.entries.hazards')}</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell>
              {entry.enterpriseName}
              <Typography variant="body2" color="text.secondary">
                {entry.creditCode}
              </Typography>
            </TableCell>
            <TableCell>{districtName(entry.districtId) ?? entry.districtId}</TableCell>
            <TableCell>
              {entry.hazards.map((hazard) => (
                <div key={hazard.hazardId}>
                  {hazard.description}（
                  {hazard.status
                    ? translate(`app.hazard.status.${hazard.status}`, { _: hazard.status })
                    : '—'}
                  ）
                </div>
              ))}
            </TableCell>
            <TableCell>
              <Chip
                size="small"
                color={entry.allClosed ? 'success' : 'default'}
                label={translate(
                  entry.allClosed ? 'app.zeroing.entries.allClosed' : 'app.zeroing.entries.notClosed',
                )}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** 清零名单: the list page by page; the city adds to it from major hazards or an Excel file. */
export const ZeroingEntriesPanel = ({ campaignId, canEdit }: { campaignId: string; canEdit: boolean }) => {
  const translate = useTranslate();
  const query = usePages<ZeroingEntry>(entriesQueryKey(campaignId), (cursor) =>
    pagePath(campaignPath(campaignId, 'entries'), cursor),
  );
  return (
    <Box sx={{ py: 1 }}>
      {canEdit && (
        <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
          <HazardPickerButton campaignId={campaignId} />
          <ImportListButton campaignId={campaignId} />
        </Stack>
      )}
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <ErrorState error={query.error} onRetry={query.refetch} />
      ) : (
        <EntriesTable entries={query.data.pages.flatMap((page) => page.data)} />
      )}
      {query.hasNextPage && (
        <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {translate('app.zeroing.entries.more')}
        </Button>
      )}
    </Box>
  );
};
