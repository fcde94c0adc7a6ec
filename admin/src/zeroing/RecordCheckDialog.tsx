import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { businessDay } from '#functions/platform/clock';
import {
  allPages,
  api,
  type CheckForm,
  campaignPath,
  checkBodyOf,
  recordableLevels,
  uploadCheckPhoto,
  type ZeroingEntry,
} from './zeroingApi';

const emptyForm = (level: CheckForm['level']): CheckForm => ({
  enterpriseId: '',
  level,
  checkedOn: businessDay(new Date()),
  checkers: '',
  results: {},
});

/** One result per listed hazard of the chosen enterprise: 已清零 by default, a note when not. */
export const ResultInputs = ({
  entry,
  form,
  onChange,
}: {
  entry: ZeroingEntry;
  form: CheckForm;
  onChange: (hazardId: string, result: { zeroed: boolean; note: string }) => void;
}) => {
  const translate = useTranslate();
  return (
    <Stack spacing={1}>
      {entry.hazards.map((hazard) => {
        const result = form.results[hazard.hazardId] ?? { zeroed: true, note: '' };
        return (
          <Stack key={hazard.hazardId} spacing={0.5}>
            <FormControlLabel
              control={
                <Switch
                  checked={result.zeroed}
                  onChange={(event) => onChange(hazard.hazardId, { ...result, zeroed: event.target.checked })}
                />
              }
              label={`${hazard.description}：${translate(result.zeroed ? 'app.zeroing.checks.zeroed' : 'app.zeroing.checks.notZeroed')}`}
            />
            {!result.zeroed && (
              <TextField
                size="small"
                label={translate('app.zeroing.checks.note')}
                value={result.note}
                onChange={(event) => onChange(hazard.hazardId, { ...result, note: event.target.value })}
              />
            )}
          </Stack>
        );
      })}
    </Stack>
  );
};

/** 录入检查: the levels the role may record (a district admin: its district's), the enterprise, and the results. */
export const RecordCheckButton = ({
  campaignId,
  userRole,
}: {
  campaignId: string;
  userRole: string | undefined;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const levels = recordableLevels(userRole);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<CheckForm>(emptyForm(levels[0] ?? 'district'));
  const [photoIds, setPhotoIds] = useState<string[]>([]);
  const photo = useMutation({
    mutationFn: (file: File) => uploadCheckPhoto(file, form.enterpriseId),
    onSuccess: (photoId) => setPhotoIds((ids) => [...ids, photoId]),
  });
  const entries = useQuery({
    queryKey: ['zeroing', campaignId, 'entries', 'every'],
    queryFn: ({ signal }) => allPages<ZeroingEntry>(campaignPath(campaignId, 'entries'), signal),
    enabled: open,
  });
  const entry = entries.data?.find((one) => one.enterpriseId === form.enterpriseId);
  const save = useMutation({
    mutationFn: (listed: ZeroingEntry) =>
      api(campaignPath(campaignId, 'checks'), { method: 'POST', body: checkBodyOf(form, listed, photoIds) }),
    onSuccess: () => {
      notify(translate('app.zeroing.checks.saved'), { type: 'success' });
      setOpen(false);
      setForm(emptyForm(form.level));
      setPhotoIds([]);
      void queryClient.invalidateQueries({
        queryKey: ['zeroing', campaignId],
        refetchType: 'all',
      });
    },
  });
  if (levels.length === 0) return null;
  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)}>
        {translate('app.zeroing.checks.record')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.zeroing.checks.record')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <TextField
              select
              label={translate('resources.zeroing-campaigns.fields.level')}
              value={form.level}
              onChange={(event) => setForm({ ...form, level: event.target.value as CheckForm['level'] })}
            >
              {levels.map((level) => (
                <MenuItem key={level} value={level}>
                  {translate(`app.zeroing.level.${level}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={translate('app.zeroing.checks.enterprise')}
              value={form.enterpriseId}
              onChange={(event) => {
                setForm({ ...form, enterpriseId: event.target.value, results: {} });
                setPhotoIds([]);
              }}
            >
              {(entries.data ?? []).map((one) => (
                <MenuItem key={one.enterpriseId} value={one.enterpriseId}>
                  {one.enterpriseName}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('app.zeroing.checks.checkedOn')}
              value={form.checkedOn}
              placeholder="2022-07-01"
              onChange={(event) => setForm({ ...form, checkedOn: event.target.value.trim() })}
            />
            <TextField
              label={translate('app.zeroing.checks.checkers')}
              value={form.checkers}
              onChange={(event) => setForm({ ...form, checkers: event.target.value })}
            />
            {entry && (
              <ResultInputs
                entry={entry}
                form={form}
                onChange={(hazardId, result) =>
                  setForm({ ...form, results: { ...form.results, [hazardId]: result } })
                }
              />
            )}
            {entry && (
              <Button variant="outlined" component="label" disabled={photo.isPending || photoIds.length >= 9}>
                {translate('app.zeroing.checks.photo', { count: photoIds.length })}
                <input
                  hidden
                  type="file"
                  accept="image/jpeg,image/png,image/webp"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = '';
                    if (file) photo.mutate(file);
                  }}
                />
              </Button>
            )}
            {photo.error && <Alert severity="error">{(photo.error as Error).message}</Alert>}
            {save.error && <Alert severity="error">{(save.error as Error).message}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={!entry || save.isPending}
            onClick={() => entry && save.mutate(entry)}
          >
            {translate('app.zeroing.checks.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
