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
import { Button, useListContext, useTranslate } from 'react-admin';
import { isSettled, usePolledTask } from '../shared/usePolledTask';
import { type LabelSheetTask, labelSheetRequest, readLabelSheet, startLabelSheet } from './labelSheetsApi';

/**
 * 打印标签, inside a risk-point List: the selected rows, or the list's current filter when none is selected, go
 * to POST /api/label-sheets; the A4 PDF is made on the server (5,000 labels would not fit a request), with its
 * progress shown here until the download link arrives. Everyone may print what they can see (the server scopes).
 */
export const PrintLabelsButton = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.labels.print.${key}`, options);
  const { filterValues, selectedIds } = useListContext();
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<LabelSheetTask | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const { task, error, retry } = usePolledTask(readLabelSheet, started);
  const request = labelSheetRequest(selectedIds ?? [], filterValues ?? {});

  const start = async () => {
    setOpen(true);
    setStarted(null);
    setStartError(null);
    try {
      setStarted(await startLabelSheet(request));
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
      <Button label="app.labels.print.button" onClick={() => void start()} data-testid="print-labels-button">
        <PrintIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogContent dividers data-testid="print-labels-dialog">
          <Stack spacing={1.5}>
            <Typography color="text.secondary">{scope}</Typography>
            {!failure && !isSettled(task) && <Progress task={task} t={t} />}
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
            {task?.status === 'DONE' && <Done task={task} t={t} />}
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

type T = (key: string, options?: object) => string;

const Progress = ({ task, t }: { task: LabelSheetTask | null; t: T }) => (
  <>
    <Typography>{t(task?.status === 'RUNNING' ? 'running' : 'queued')}</Typography>
    {task && task.total > 0 ? (
      <>
        <LinearProgress variant="determinate" value={Math.min(100, (task.processed / task.total) * 100)} />
        <Typography variant="body2" color="text.secondary">
          {t('processed', { processed: task.processed, total: task.total })}
        </Typography>
      </>
    ) : (
      <LinearProgress />
    )}
  </>
);

const Done = ({ task, t }: { task: LabelSheetTask; t: T }) => (
  <>
    <Alert severity={task.total > 0 ? 'success' : 'info'}>
      {task.total > 0 ? t('done', { total: task.total }) : t('empty')}
    </Alert>
    {task.skipped > 0 && <Alert severity="warning">{t('skipped', { count: task.skipped })}</Alert>}
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
);
