import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Button as MuiButton,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useListContextWithProps, useRecordContext, useTranslate } from 'react-admin';
import { readLabelSheet } from '../labels/labelSheetsApi';
import { isSettled, usePolledTask } from '../shared/usePolledTask';
import { type DustLabelRequest, dustLabelRequest, startDustLabelSheet } from './dustLabels';

/**
 * 打印场所码: in a dust site list, the selected rows (or the list's place filter when none is selected); on a
 * site's page, that site. The label worker makes the A4 PDF (8 a page) as for risk points; the dialog shows its
 * progress until the download link arrives. The server prints only what the requester may see.
 */
export const PrintDustLabelsButton = () => {
  const list = useListContextWithProps({});
  const record = useRecordContext<{ id: string }>();
  const inList = list.filterValues !== undefined;
  if (!inList && !record) return null;
  const request = inList
    ? dustLabelRequest(list.selectedIds ?? [], list.filterValues ?? {})
    : dustLabelRequest([record?.id ?? ''], {});
  return <PrintDialogButton request={request} />;
};

const PrintDialogButton = ({ request }: { request: DustLabelRequest }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.dustLabels.${key}`, options);
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<Awaited<ReturnType<typeof startDustLabelSheet>> | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const { task, error, retry } = usePolledTask(readLabelSheet, started);

  const start = async () => {
    setOpen(true);
    setStarted(null);
    setStartError(null);
    try {
      setStarted(await startDustLabelSheet(request));
    } catch (caught) {
      setStartError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  const scope =
    'ids' in request
      ? t('selected', { count: request.ids.length })
      : t(Object.keys(request.filter).length > 0 ? 'filtered' : 'all');
  const failure = startError ?? (task?.status === 'FAILED' ? (task.message ?? t('failed')) : null);
  return (
    <>
      <Button
        label="app.dustLabels.button"
        onClick={(event) => {
          event.stopPropagation();
          void start();
        }}
        data-testid="print-dust-labels-button"
      >
        <PrintIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogContent dividers data-testid="print-labels-dialog">
          <Stack spacing={1.5}>
            <Typography color="text.secondary">{scope}</Typography>
            {!failure && !isSettled(task) && (
              <>
                <Typography>{t(task?.status === 'RUNNING' ? 'running' : 'queued')}</Typography>
                <LinearProgress />
              </>
            )}
            {error && (
              <Alert
                severity="error"
                action={
                  <MuiButton color="inherit" size="small" onClick={retry}>
                    {translate('app.states.retry')}
                  </MuiButton>
                }
              >
                {translate('app.states.error', { message: error.message })}
              </Alert>
            )}
            {failure && <Alert severity="error">{failure}</Alert>}
            {task?.status === 'DONE' && (
              <>
                <Alert severity={task.total > 0 ? 'success' : 'info'}>
                  {task.total > 0 ? t('done', { total: task.total }) : t('empty')}
                </Alert>
                {task.skipped > 0 && (
                  <Alert severity="warning">{t('skipped', { count: task.skipped })}</Alert>
                )}
                {task.downloadUrl && task.total > 0 && (
                  <MuiButton
                    variant="contained"
                    href={task.downloadUrl}
                    startIcon={<DownloadIcon />}
                    data-testid="print-labels-download"
                  >
                    {t('download')}
                  </MuiButton>
                )}
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {startError && <MuiButton onClick={() => void start()}>{translate('app.states.retry')}</MuiButton>}
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
