import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  List,
  ListItem,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { isSettled, usePolledTask } from '../shared/usePolledTask';
import {
  type AssignmentView,
  type OutsideFilter,
  readAssignment,
  readGrids,
  readPreview,
  startAssignment,
} from './coverageApi';
import { assignmentOutcome, assignmentPercent } from './coverageView';

/** What the dialog shows of the filter: its industry and name, or 全部. */
export function filterLabel(filter: OutsideFilter, all: string): string {
  const parts = [filter.industry, filter.q && `“${filter.q}”`].filter(Boolean);
  return parts.length > 0 ? parts.join('，') : all;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * 批量划入网格: the town and filter come from the list; the user picks one of the town's grids, sees how many
 * enterprises would move (and the first of them), confirms, and watches the task's progress until its result.
 * Closing after the start leaves the task running on the server; the list is read again either way.
 */
export const AssignDialog = (props: AssignProps) => (
  <Dialog open onClose={props.onClose} fullWidth maxWidth="sm" data-testid="grid-assign-dialog">
    <AssignPanel {...props} />
  </Dialog>
);

interface AssignProps {
  filter: OutsideFilter;
  townName: string;
  onClose: () => void;
}

/** The dialog's title, content and actions (a component of its own: the unit tests render it without a portal). */
export const AssignPanel = ({ filter, townName, onClose }: AssignProps) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.gridCoverage.dialog.${key}`, options);
  const [gridId, setGridId] = useState('');
  const [started, setStarted] = useState<AssignmentView | null>(null);
  const grids = useQuery({
    queryKey: ['grid-outside', 'grids', filter.townId],
    queryFn: ({ signal }) => readGrids(filter.townId ?? '', signal),
    staleTime: 60_000,
  });
  const preview = useQuery({
    queryKey: ['grid-outside', 'preview', filter, gridId],
    queryFn: ({ signal }) => readPreview(filter, gridId, signal),
    enabled: gridId !== '',
    retry: false,
  });
  const start = useMutation({ mutationFn: () => startAssignment(filter, gridId), onSuccess: setStarted });
  const { task, error, retry } = usePolledTask(readAssignment, started);
  const settled = isSettled(task);
  const count = preview.data?.tooMany ? 0 : (preview.data?.count ?? 0);
  return (
    <>
      <DialogTitle>{t('title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={1.5} sx={{ pt: 1 }}>
          <Typography>{t('town', { town: townName })}</Typography>
          <Typography>{t('filter', { filter: filterLabel(filter, t('noFilter')) })}</Typography>
          {!task && (
            <TextField
              select
              size="small"
              label={t('grid')}
              value={gridId}
              onChange={(event) => setGridId(event.target.value)}
              slotProps={{ htmlInput: { 'data-testid': 'grid-assign-grid' } }}
            >
              {(grids.data?.data ?? []).map((grid) => (
                <MenuItem key={grid.id} value={grid.id}>
                  {grid.name}
                </MenuItem>
              ))}
            </TextField>
          )}
          {!task && preview.error && <Alert severity="error">{errorText(preview.error)}</Alert>}
          {!task && preview.data && (
            <Stack spacing={0.5} data-testid="grid-assign-preview">
              <Typography data-testid="grid-assign-count">
                {preview.data.tooMany
                  ? t('tooMany', { limit: preview.data.limit })
                  : preview.data.count === 0
                    ? t('previewNone')
                    : t('preview', { count: preview.data.count, shown: preview.data.rows.length })}
              </Typography>
              <List dense disablePadding>
                {preview.data.rows.map((row) => (
                  <ListItem key={row.id} disableGutters>
                    {row.name}
                  </ListItem>
                ))}
              </List>
            </Stack>
          )}
          {start.error && <Alert severity="error">{errorText(start.error)}</Alert>}
          {task && (
            <Stack spacing={1} data-testid="grid-assign-progress">
              <LinearProgress variant="determinate" value={assignmentPercent(task)} />
              <Typography data-testid="grid-assign-status">
                {settled ? t('done', assignmentOutcome(task)) : t('running', task)}
              </Typography>
            </Stack>
          )}
          {error && (
            <Alert severity="error" action={<Button onClick={retry}>{t('retry')}</Button>}>
              {t('failed')}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} data-testid="grid-assign-close">
          {task ? t('close') : t('cancel')}
        </Button>
        {!task && (
          <Button
            variant="contained"
            disabled={count === 0 || start.isPending}
            onClick={() => start.mutate()}
            data-testid="grid-assign-confirm"
          >
            {t('confirm')}
          </Button>
        )}
      </DialogActions>
    </>
  );
};
