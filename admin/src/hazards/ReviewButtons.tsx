import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField as MuiTextField,
} from '@mui/material';
import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { Hazard } from '#functions/hazards/schemas';

type Decision = 'close' | 'reject';

/** 验收通过 / 退回整改 of a rectified hazard: each asks for the reason and a confirmation before it is sent. */
export const ReviewButtons = () => {
  const hazard = useRecordContext<Hazard>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const { canAccess } = useCanAccess({ resource: 'hazards', action: 'review', record: hazard });
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  if (hazard?.status !== 'RECTIFIED' || !canAccess) return null;
  const close = () => {
    setDecision(null);
    setReason('');
  };
  const send = async () => {
    if (!decision || !reason.trim()) return;
    setSending(true);
    try {
      await dataProvider.create(`hazards/${hazard.id}/review`, { data: { decision, reason: reason.trim() } });
      notify('app.hazard.review.done', { type: 'success' });
      close();
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSending(false);
    }
  };
  return (
    <>
      <Button
        variant="contained"
        color="success"
        onClick={() => setDecision('close')}
        data-testid="hazard-close"
      >
        {translate('app.hazard.review.close')}
      </Button>
      <Button
        variant="outlined"
        color="warning"
        onClick={() => setDecision('reject')}
        data-testid="hazard-reject"
      >
        {translate('app.hazard.review.reject')}
      </Button>
      <Dialog open={decision !== null} onClose={close} fullWidth maxWidth="sm">
        <DialogTitle>
          {translate(`app.hazard.review.${decision === 'reject' ? 'rejectTitle' : 'closeTitle'}`)}
        </DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            margin="dense"
            label={translate('app.hazard.review.reason')}
            helperText={
              reason.trim()
                ? translate('app.hazard.review.hint')
                : translate('app.hazard.review.reasonRequired')
            }
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'hazard-review-reason' } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            color={decision === 'reject' ? 'warning' : 'success'}
            disabled={sending || !reason.trim()}
            onClick={send}
            data-testid="hazard-review-confirm"
          >
            {translate('ra.action.confirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
