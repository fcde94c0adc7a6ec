import DescriptionIcon from '@mui/icons-material/Description';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Link,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { percent } from '../shared/percent';
import { ImportResult } from './ImportResult';
import { downloadImportTemplate } from './importTemplate';
import { useEnterpriseImport } from './useEnterpriseImport';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('zh-CN')} KB`;

/**
 * 导入企业: pick an .xlsx or .csv file (a template is one click away), watch it upload, then the importer's
 * progress, then what it did row by row and how far the new names' search index is. Closing while the importer
 * runs leaves it running on the server.
 */
export const EnterpriseImportDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.enterprise.import.${key}`, options);
  const [file, setFile] = useState<File | null>(null);
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const downloadTemplate = () =>
    downloadImportTemplate(dataProvider).catch((failure: unknown) =>
      notify('app.states.error', {
        type: 'error',
        messageArgs: { message: failure instanceof Error ? failure.message : String(failure) },
      }),
    );
  const { step, task, error, retry, start, cancelUpload, reset } = useEnterpriseImport();
  const settled = task?.status === 'DONE' || task?.status === 'FAILED';
  const readFailure = error && (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={retry}>
          {translate('app.states.retry')}
        </Button>
      }
    >
      {translate('app.states.error', { message: error.message })}
    </Alert>
  );
  const close = () => {
    cancelUpload();
    onClose();
  };

  return (
    <Dialog open onClose={close} maxWidth="sm" fullWidth aria-labelledby="import-title">
      <DialogTitle id="import-title">{t('title')}</DialogTitle>
      <DialogContent dividers data-testid="import-dialog">
        {(step.kind === 'choose' || step.kind === 'failed') && (
          <Stack spacing={2}>
            <Typography>{t('intro')}</Typography>
            <Box>
              <Link
                component="button"
                type="button"
                onClick={() => void downloadTemplate()}
                data-testid="import-template"
              >
                {t('template')}
              </Link>
            </Box>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Button variant="outlined" component="label" startIcon={<DescriptionIcon />}>
                {t('choose')}
                <input
                  hidden
                  type="file"
                  accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                  data-testid="import-file"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                />
              </Button>
              <Typography color={file ? 'text.primary' : 'text.secondary'} noWrap>
                {file ? `${file.name}（${kb(file.size)}）` : t('noFile')}
              </Typography>
            </Stack>
            {step.kind === 'failed' && <Alert severity="error">{step.message}</Alert>}
          </Stack>
        )}
        {step.kind === 'uploading' && (
          <Stack spacing={1} data-testid="import-uploading">
            <Typography>{t('uploading', { name: file?.name ?? '' })}</Typography>
            <LinearProgress variant="determinate" value={percent(step.loaded, step.total)} />
            <Typography variant="body2" color="text.secondary">
              {`${kb(step.loaded)} / ${kb(step.total)}`}
            </Typography>
          </Stack>
        )}
        {step.kind === 'processing' && !settled && (
          <Stack spacing={1} data-testid="import-processing">
            <Typography>{t(task?.status === 'RUNNING' ? 'processing' : 'queued')}</Typography>
            {task && task.total > 0 ? (
              <>
                <LinearProgress variant="determinate" value={percent(task.processed, task.total)} />
                <Typography variant="body2" color="text.secondary">
                  {t('processed', { processed: task.processed, total: task.total })}
                </Typography>
              </>
            ) : (
              <LinearProgress />
            )}
            <Typography variant="body2" color="text.secondary">
              {t('background')}
            </Typography>
            {readFailure}
          </Stack>
        )}
        {settled && task && <ImportResult task={task} />}
        {settled && readFailure /* while the name index is built, the task is still read */}
      </DialogContent>
      <DialogActions>
        {settled && (
          <Button
            onClick={() => {
              setFile(null);
              reset();
            }}
          >
            {t('again')}
          </Button>
        )}
        <Button onClick={close}>
          {translate(step.kind === 'uploading' ? 'app.enterprise.import.cancelUpload' : 'ra.action.close')}
        </Button>
        {(step.kind === 'choose' || step.kind === 'failed') && (
          <Button
            variant="contained"
            disabled={!file}
            onClick={() => file && void start(file)}
            data-testid="import-start"
          >
            {t('start')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
};
