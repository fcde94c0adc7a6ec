import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportTask } from '../dataProvider';
import { ImportIndexProgress } from './ImportIndexProgress';

/**
 * 新增 / 更新 / 失败 counts, the rows that failed (行号, 列, 原因) and the full report when there are more; while the
 * new enterprises' name index is built, its progress.
 */
export const ImportResult = ({ task }: { task: ImportTask }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.enterprise.import.${key}`, options);
  return (
    <Stack spacing={2} data-testid="import-result">
      {task.status === 'FAILED' ? (
        <Alert severity="error">{task.message ?? t('failed')}</Alert>
      ) : (
        <Alert severity={task.failed > 0 ? 'warning' : 'success'}>
          {t(task.failed > 0 ? 'doneWithErrors' : 'done', { total: task.total })}
        </Alert>
      )}
      <ImportIndexProgress task={task} />
      {(task.status === 'DONE' || task.processed > 0) && (
        <Stack direction="row" spacing={1}>
          <Chip color="success" label={`${t('created')} ${task.created}`} data-testid="import-created" />
          <Chip color="info" label={`${t('updated')} ${task.updated}`} data-testid="import-updated" />
          {(task.unchanged ?? 0) > 0 && (
            <Chip label={`${t('unchanged')} ${task.unchanged}`} data-testid="import-unchanged" />
          )}
          <Chip
            color={task.failed > 0 ? 'error' : 'default'}
            label={`${t('failedRows')} ${task.failed}`}
            data-testid="import-failed"
          />
        </Stack>
      )}
      {task.errors.length > 0 && (
        <TableContainer sx={{ maxHeight: 240, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" stickyHeader data-testid="import-errors">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 64 }}>{t('row')}</TableCell>
                <TableCell sx={{ width: 140 }}>{t('column')}</TableCell>
                <TableCell>{t('reason')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {task.errors.map((error) => (
                <TableRow key={`${error.row}-${error.column}-${error.reason}`}>
                  <TableCell>{error.row}</TableCell>
                  <TableCell>{error.column}</TableCell>
                  <TableCell>{error.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {task.errors.length < task.failed && (
        <Typography variant="body2" color="text.secondary">
          {t('moreErrors', { shown: task.errors.length, failed: task.failed })}
        </Typography>
      )}
      {task.reportUrl && (
        <Box>
          <Button
            href={task.reportUrl}
            startIcon={<DownloadIcon />}
            variant="outlined"
            data-testid="import-report"
          >
            {t('report')}
          </Button>
        </Box>
      )}
    </Stack>
  );
};
