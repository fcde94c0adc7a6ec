import { Alert, Box, Button, TextField as MuiTextField, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { TaskDetail } from '#functions/tasks/schemas';
import { completeTask, uploadTaskPhoto } from './taskApi';

/**
 * 办结任务: the result this kind allows, what was done, and on-site photos (uploaded as kind `task` of the
 * task's enterprise and waited for until VERIFIED). Only the assignee sees it; the server checks again.
 */
export const CompleteForm = () => {
  const task = useRecordContext<TaskDetail>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [result, setResult] = useState('');
  const [note, setNote] = useState('');
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const [busy, setBusy] = useState<'upload' | 'send' | null>(null);
  if (task?.status !== 'open') return null;
  if (!task.canComplete)
    return <Typography color="text.secondary">{translate('app.task.complete.onlyAssignee')}</Typography>;
  const addPhoto = async (file: File | undefined) => {
    if (!file) return;
    setBusy('upload');
    try {
      const photoId = await uploadTaskPhoto(file, task.enterpriseId);
      setPhotoIds((ids) => [...ids, photoId]);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  const send = async () => {
    setBusy('send');
    try {
      await completeTask(String(task.id), { result, note: note.trim(), photoIds });
      notify('app.task.complete.done', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  // A record from the list's cache lacks the detail's fields until GET /api/tasks/{id} answers.
  const minPhotos = task.minPhotos ?? 0;
  const missing = Math.max(0, minPhotos - photoIds.length);
  return (
    <Stack spacing={2} sx={{ maxWidth: 560 }} data-testid="task-complete">
      <MuiTextField
        select
        label={translate('app.task.complete.result')}
        value={result}
        onChange={(event) => setResult(event.target.value)}
        // A native select: the phone's own picker, and a plain <select> to drive in tests.
        slotProps={{ select: { native: true }, htmlInput: { 'data-testid': 'task-result' } }}
      >
        <option value="" disabled />
        {(task.allowedResults ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </MuiTextField>
      <MuiTextField
        label={translate('app.task.complete.note')}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        multiline
        minRows={3}
        slotProps={{ htmlInput: { maxLength: 1000, 'data-testid': 'task-note' } }}
      />
      <Box>
        <Typography variant="subtitle2">{translate('app.task.complete.photos')}</Typography>
        {missing > 0 ? (
          <Alert severity="info" sx={{ my: 1 }}>
            {translate('app.task.complete.photosNeeded', { count: minPhotos })}
          </Alert>
        ) : null}
        <Typography variant="body2" data-testid="task-photo-count">
          {photoIds.length} / 9
        </Typography>
        <Button component="label" variant="outlined" disabled={busy !== null || photoIds.length >= 9}>
          {busy === 'upload'
            ? translate('app.task.complete.uploading')
            : translate('app.task.complete.addPhoto')}
          <input
            hidden
            type="file"
            accept="image/jpeg,image/png,image/webp"
            capture="environment"
            data-testid="task-photo-input"
            onChange={(event) => void addPhoto(event.target.files?.[0])}
          />
        </Button>
      </Box>
      <Button
        variant="contained"
        onClick={() => void send()}
        disabled={busy !== null || !result || !note.trim() || missing > 0}
        data-testid="task-submit"
      >
        {translate('app.task.complete.submit')}
      </Button>
    </Stack>
  );
};
