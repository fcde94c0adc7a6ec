import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { REASON_MAX } from './reviewApi';

/** 驳回原因 (1–60 characters: it goes into the re-upload SMS), then 确认驳回. */
export const RejectDialog = ({
  open,
  pending,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  pending: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (open) {
      setReason('');
      setTouched(false);
    }
  }, [open]);
  const trimmed = reason.trim();
  const problem =
    trimmed === ''
      ? translate('app.dustReview.reasonRequired')
      : trimmed.length > REASON_MAX
        ? translate('app.dustReview.reasonTooLong', { max: REASON_MAX })
        : null;
  const submit = () => {
    setTouched(true);
    if (!problem && !pending) onConfirm(trimmed);
  };
  return (
    <Dialog open={open} onClose={pending ? undefined : onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('app.dustReview.rejectTitle')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.dustReview.rejectHint')}
        </Typography>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          label={translate('app.dustReview.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey) {
              event.preventDefault();
              submit();
            }
          }}
          error={touched && problem !== null}
          helperText={touched && problem ? problem : `${trimmed.length} / ${REASON_MAX}`}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={submit} disabled={pending}>
          {translate('app.dustReview.confirmReject')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
