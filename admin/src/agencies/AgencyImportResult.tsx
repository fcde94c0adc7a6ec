import {
  Alert,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AgencyImportTask } from './transferApi';

/** 新增 / 更新 / 未变化 / 失败 counts and every failed row (行号, 列, 原因). */
export const AgencyImportResult = ({ task }: { task: AgencyImportTask }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.agency.import.${key}`, options);
  if (task.status === 'FAILED')
    return (
      <Alert severity="error" data-testid="agency-import-result">
        {task.message ?? t('failed')}
      </Alert>
    );
  return (
    <Stack spacing={2} data-testid="agency-import-result">
      <Alert severity={task.failed > 0 ? 'warning' : 'success'}>
        {t(task.failed > 0 ? 'doneWithErrors' : 'done', { total: task.total })}
      </Alert>
      <Stack direction="row" spacing={1}>
        <Chip color="success" label={`${t('created')} ${task.created}`} />
        <Chip color="info" label={`${t('updated')} ${task.updated}`} />
        {task.unchanged > 0 && <Chip label={`${t('unchanged')} ${task.unchanged}`} />}
        <Chip color={task.failed > 0 ? 'error' : 'default'} label={`${t('failedRows')} ${task.failed}`} />
      </Stack>
      {task.errors.length > 0 && (
        <TableContainer sx={{ maxHeight: 280, border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" stickyHeader data-testid="agency-import-errors">
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
    </Stack>
  );
};
