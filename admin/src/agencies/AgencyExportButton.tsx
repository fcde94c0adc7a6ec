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
import { useState } from 'react';
import { Button, useCanAccess, useListContext, useTranslate } from 'react-admin';
import { isSettled, usePolledTask } from '../shared/usePolledTask';
import { type AgencyExportTask, getAgencyExport, startAgencyExport } from './transferApi';

/**
 * 导出: the list's current filter goes to POST /api/agency-exports; the XLSX (every column, this year's score
 * and 是否公告) is built on the server, its progress shown here until the download link arrives.
 */
export const AgencyExportButton = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.agency.export.${key}`, options);
  const { filterValues } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'agencies', action: 'export' });
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<AgencyExportTask | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const { task, error, retry } = usePolledTask(getAgencyExport, started);

  const start = async () => {
    setOpen(true);
    setStarted(null);
    setStartError(null);
    try {
      setStarted(await startAgencyExport(filterValues ?? {}));
    } catch (caught) {
      setStartError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  if (!canAccess) return null;
  const filtered = Object.values(filterValues ?? {}).some((value) => value !== '' && value != null);
  const failure = startError ?? (task?.status === 'FAILED' ? (task.message ?? t('failed')) : null);
  return (
    <>
      <Button
        label="app.agency.export.button"
        onClick={() => void start()}
        data-testid="agency-export-button"
      >
        <DownloadIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="xs" fullWidth>
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogContent dividers data-testid="agency-export-dialog">
          <Stack spacing={1.5}>
            <Typography color="text.secondary">{t(filtered ? 'filtered' : 'all')}</Typography>
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
                <Alert severity="success">{t('done', { total: task.total })}</Alert>
                {task.downloadUrl && (
                  <MuiButton
                    variant="contained"
                    href={task.downloadUrl}
                    startIcon={<DownloadIcon />}
                    data-testid="agency-export-download"
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
