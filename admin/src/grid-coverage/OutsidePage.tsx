import AccountTreeIcon from '@mui/icons-material/AccountTree';
import {
  Box,
  Button,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { useAllowed } from '../dashboard/useMetrics';
import { Section } from '../shared/Section';
import { ErrorState, LoadingState } from '../shared/states';
import { AssignDialog } from './AssignDialog';
import { type OutsideFilter, readOutsidePage } from './coverageApi';
import { OutsideFilters } from './OutsideFilters';

/** The filter a caller starts from: its own district (and town) pinned, as the API would pin them anyway. */
export function startFilter(account: Pick<ConsoleIdentity, 'role' | 'scope'> | undefined): OutsideFilter {
  const scope = (account?.scope ?? {}) as { districtId?: string; townId?: string };
  if (account?.role === 'districtAdmin') return { districtId: scope.districtId };
  if (account?.role === 'townOfficer') return { districtId: scope.districtId, townId: scope.townId };
  return {};
}

/**
 * 网格外企业 at #/grid-outside: the active enterprises outside any grid in the caller's area, filtered by
 * district, town, industry and name, 50 at a time (加载更多). With a town chosen, a manager can assign what the
 * filter selects to one of the town's grids (批量划入网格); the list and the coverage are read again after it.
 */
export const OutsidePage = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.gridCoverage.${key}`, options);
  const { identity } = useGetIdentity();
  const account = identity as ConsoleIdentity | undefined;
  const [filter, setFilter] = useState<OutsideFilter | null>(null);
  const current = filter ?? startFilter(account);
  const [assigning, setAssigning] = useState(false);
  const mayAssign = useAllowed('POST /api/grid-assignments').allowed;
  const client = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: ['grid-outside', 'list', current],
    queryFn: ({ pageParam, signal }) => readOutsidePage(current, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    enabled: account !== undefined,
    retry: false,
  });
  const rows = list.data?.pages.flatMap((page) => page.data) ?? [];
  const townName = rows.find((row) => row.townId === current.townId)?.townName;
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['grid-outside', 'list'] });
    void client.invalidateQueries({ queryKey: ['dashboard', '/grid-coverage'] });
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <Section
        title="app.gridCoverage.title"
        icon={<AccountTreeIcon color="primary" />}
        data-testid="grid-outside"
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {t('hint')}
        </Typography>
        <OutsideFilters
          key={JSON.stringify(account?.scope ?? null)}
          filter={current}
          onChange={setFilter}
          fixedDistrict={account?.role !== 'cityAdmin'}
          fixedTown={account?.role === 'townOfficer'}
        />
        {mayAssign && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
            <Button
              variant="contained"
              disabled={!current.townId || rows.length === 0}
              onClick={() => setAssigning(true)}
              data-testid="grid-outside-assign"
            >
              {t('assign')}
            </Button>
            {!current.townId && (
              <Typography variant="body2" color="text.secondary">
                {t('pickTownFirst')}
              </Typography>
            )}
          </Stack>
        )}
        {list.isPending && <LoadingState />}
        {list.error && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
        {list.data && rows.length === 0 && <Typography color="text.secondary">{t('none')}</Typography>}
        {rows.length > 0 && (
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" data-testid="grid-outside-table">
              <TableHead>
                <TableRow>
                  {['name', 'creditCode', 'district', 'town', 'industry', 'status'].map((key) => (
                    <TableCell key={key}>{t(`columns.${key}`)}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id} data-testid="grid-outside-row">
                    <TableCell>{row.name}</TableCell>
                    <TableCell>{row.creditCode}</TableCell>
                    <TableCell>{row.districtName}</TableCell>
                    <TableCell>{row.townName}</TableCell>
                    <TableCell>{row.industry}</TableCell>
                    <TableCell>{row.status}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
        {list.hasNextPage && (
          <Button onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage} sx={{ mt: 1 }}>
            {t('more')}
          </Button>
        )}
      </Section>
      {assigning && current.townId && (
        <AssignDialog
          filter={current}
          townName={townName ?? current.townId}
          onClose={() => {
            setAssigning(false);
            refresh();
          }}
        />
      )}
    </Box>
  );
};
