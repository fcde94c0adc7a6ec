import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField as MuiTextField,
} from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';

export interface ReasonDialogProps {
  open: boolean;
  pending: boolean;
  /** i18n keys: the dialog's title, its warning, the reason's label, its "required" hint and the confirm button. */
  title: string;
  hint: string;
  label: string;
  required: string;
  confirm: string;
  confirmColor?: 'error' | 'warning' | 'primary' | 'success';
  testId: string;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}

/** A reason (1–500 characters, as the API takes it) and a confirmation, for revoking and deciding. */
export const ReasonDialog = ({
  open,
  pending,
  title,
  hint,
  label,
  required,
  confirm,
  confirmColor = 'warning',
  testId,
  onCancel,
  onConfirm,
}: ReasonDialogProps) => {
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
  const submit = () => {
    setTouched(true);
    if (trimmed && !pending) onConfirm(trimmed);
  };
  return (
    <Dialog open={open} onClose={pending ? undefined : onCancel} fullWidth maxWidth="sm">
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate(hint)}
        </Alert>
        <MuiTextField
          autoFocus
          fullWidth
          multiline
          minRows={3}
          label={translate(label)}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={touched && !trimmed}
          helperText={touched && !trimmed ? translate(required) : `${trimmed.length} / 500`}
          slotProps={{ htmlInput: { maxLength: 500, 'data-testid': `${testId}-reason` } }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          color={confirmColor}
          onClick={submit}
          disabled={pending}
          data-testid={`${testId}-confirm`}
        >
          {translate(confirm)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
