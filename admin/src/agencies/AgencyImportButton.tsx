import DescriptionIcon from '@mui/icons-material/Description';
import UploadFileIcon from '@mui/icons-material/UploadFile';
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
import { Button, useCanAccess, useTranslate } from 'react-admin';
import { percent } from '../shared/percent';
import { AgencyImportResult } from './AgencyImportResult';
import { useAgencyImport } from './useAgencyImport';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('zh-CN')} KB`;

/**
 * 导入中介机构: pick an .xlsx or .csv file, watch it upload, then the importer's progress, then what it did row by
 * row. Closing while the importer runs leaves it running on the server.
 */
const AgencyImportDialog = ({ onClose }: { onClose: () => void }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.agency.import.${key}`, options);
  const [file, setFile] = useState<File | null>(null);
  const { step, task, error, retry, start, cancelUpload, reset } = useAgencyImport();
  const settled = task?.status === 'DONE' || task?.status === 'FAILED';
  const choosing = step.kind === 'choose' || step.kind === 'failed';
  const close = () => {
    cancelUpload();
    onClose();
  };
  return (
    <Dialog open onClose={close} maxWidth="sm" fullWidth aria-labelledby="agency-import-title">
      <DialogTitle id="agency-import-title">{t('title')}</DialogTitle>
      <DialogContent dividers data-testid="agency-import-dialog">
        {choosing && (
          <Stack spacing={2}>
            <Typography>{t('intro')}</Typography>
            <Typography variant="body2" color="text.secondary">
              {t('columns')}
            </Typography>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <MuiButton variant="outlined" component="label" startIcon={<DescriptionIcon />}>
                {t('choose')}
                <input
                  hidden
                  type="file"
                  accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
                  data-testid="agency-import-file"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                />
              </MuiButton>
              <Typography color={file ? 'text.primary' : 'text.secondary'} noWrap>
                {file ? `${file.name}（${kb(file.size)}）` : t('noFile')}
              </Typography>
            </Stack>
            {step.kind === 'failed' && <Alert severity="error">{step.message}</Alert>}
          </Stack>
        )}
        {step.kind === 'uploading' && (
          <Stack spacing={1}>
            <Typography>{t('uploading', { name: file?.name ?? '' })}</Typography>
            <LinearProgress variant="determinate" value={percent(step.loaded, step.total)} />
          </Stack>
        )}
        {step.kind === 'processing' && !settled && (
          <Stack spacing={1} data-testid="agency-import-processing">
            <Typography>{t(task?.status === 'RUNNING' ? 'processing' : 'queued')}</Typography>
            {task && task.total > 0 ? (
              <LinearProgress variant="determinate" value={percent(task.processed, task.total)} />
            ) : (
              <LinearProgress />
            )}
            <Typography variant="body2" color="text.secondary">
              {t('background')}
            </Typography>
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
          </Stack>
        )}
        {settled && task && <AgencyImportResult task={task} />}
      </DialogContent>
      <DialogActions>
        {settled && (
          <MuiButton
            onClick={() => {
              setFile(null);
              reset();
            }}
          >
            {t('again')}
          </MuiButton>
        )}
        <MuiButton onClick={close}>
          {step.kind === 'uploading' ? t('cancelUpload') : translate('ra.action.close')}
        </MuiButton>
        {choosing && (
          <MuiButton
            variant="contained"
            disabled={!file}
            onClick={() => file && void start(file)}
            data-testid="agency-import-start"
          >
            {t('start')}
          </MuiButton>
        )}
      </DialogActions>
    </Dialog>
  );
};

/** 导入 for the managers (a district admin imports the agencies registered in its district). */
export const AgencyImportButton = () => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'agencies', action: 'import' });
  if (!canAccess) return null;
  return (
    <>
      <Button
        label="app.agency.import.button"
        onClick={() => setOpen(true)}
        data-testid="agency-import-button"
      >
        <UploadFileIcon />
      </Button>
      {open && <AgencyImportDialog onClose={() => setOpen(false)} />}
    </>
  );
};
