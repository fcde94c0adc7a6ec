import DownloadIcon from '@mui/icons-material/Download';
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
import { useCallback, useState } from 'react';
import { Button, useCanAccess, useDataProvider, useListContext, useTranslate } from 'react-admin';
import type { ConsoleDataProvider, ExportTask } from '../dataProvider';
import { isSettled, usePolledTask } from '../shared/usePolledTask';

/**
 * 导出: the list's current filter goes to POST /api/enterprise-exports; the XLSX is built on the server (33,000
 * rows would not fit a browser tab nicely), with its progress shown here until the download link arrives.
 */
export const EnterpriseExportButton = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.enterprise.export.${key}`, options);
  const { filterValues } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'enterprises', action: 'export' });
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<ExportTask | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const read = useCallback(
    (id: string, signal: AbortSignal) => dataProvider.getEnterpriseExport(id, signal),
    [dataProvider],
  );
  const { task, error, retry } = usePolledTask(read, started);

  const start = async () => {
    setOpen(true);
    setStarted(null);
    setStartError(null);
    try {
      setStarted(await dataProvider.startEnterpriseExport(filterValues ?? {}));
    } catch (caught) {
      setStartError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  if (!canAccess) return null;
  const filtered = Object.values(filterValues ?? {}).some((value) => value !== '' && value != null);
  const failure = startError ?? (task?.status === 'FAILED' ? (task.message ?? t('failed')) : null);
  return (
    <>
      <Button label="ra.action.export" onClick={() => void start()} data-testid="export-button">
        <DownloadIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogContent dividers data-testid="export-dialog">
          <Stack spacing={1.5}>
            <Typography color="text.secondary">{t(filtered ? 'filtered' : 'all')}</Typography>
            {!failure && !isSettled(task) && (
              <>
                <Typography>{t(task?.status === 'RUNNING' ? 'running' : 'queued')}</Typography>
                {task && task.total > 0 ? (
                  <>
                    <LinearProgress
                      variant="determinate"
                      value={Math.min(100, (task.processed / task.total) * 100)}
                    />
                    <Typography variant="body2" color="text.secondary">
                      {t('processed', { processed: task.processed, total: task.total })}
                    </Typography>
                  </>
                ) : (
                  <LinearProgress />
                )}
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
                <Alert severity="success">{t('done', { total: task.total })}</Alert>
                {task.downloadUrl && (
                  <MuiButton
                    variant="contained"
                    href={task.downloadUrl}
                    startIcon={<DownloadIcon />}
                    data-testid="export-download"
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
