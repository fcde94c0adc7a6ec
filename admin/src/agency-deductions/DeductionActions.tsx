import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { EvidenceUpload } from './EvidenceUpload';
import { appealable, type DeductionRecord, daysLeft } from './fields';
import { ReasonDialog } from './ReasonDialog';

const useAccount = () => useGetIdentity().identity as ConsoleIdentity | undefined;

/** Whether the account revokes this deduction: the city admin, or the district that issued it. */
export const mayDecide = (account: ConsoleIdentity | undefined, issuer: string | undefined) =>
  account?.role === 'cityAdmin' || (account?.role === 'districtAdmin' && account.scope.districtId === issuer);

/** 撤销扣分: a reason, a warning and 确认撤销; the issuing district or the city only, a live deduction only. */
export const RevokeButton = () => {
  const record = useRecordContext<DeductionRecord>();
  const account = useAccount();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (record?.status !== 'live' || !mayDecide(account, record.issuingDistrictId)) return null;
  const send = async (reason: string) => {
    setPending(true);
    try {
      await dataProvider.create(`agency-deductions/${record.id}/revoke`, { data: { reason } });
      notify('app.agencyDeduction.revoke.done', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button color="warning" onClick={() => setOpen(true)} data-testid="deduction-revoke">
        {translate('app.agencyDeduction.revoke.button')}
      </Button>
      <ReasonDialog
        open={open}
        pending={pending}
        title="app.agencyDeduction.revoke.title"
        hint="app.agencyDeduction.revoke.hint"
        label="app.agencyDeduction.revoke.reason"
        required="app.agencyDeduction.revoke.reasonRequired"
        confirm="app.agencyDeduction.revoke.confirm"
        testId="deduction-revoke"
        onCancel={() => setOpen(false)}
        onConfirm={(reason) => void send(reason)}
      />
    </>
  );
};

/** The appeal window as the agency user sees it: days left, the last day, or closed (and why). */
export const AppealWindowNote = () => {
  const record = useRecordContext<DeductionRecord>();
  const account = useAccount();
  const translate = useTranslate();
  if (!record || account?.role !== 'agencyUser') return null;
  const t = (key: string, args?: object) => translate(`app.agencyDeduction.appeal.${key}`, args);
  const until = record.appealUntil;
  const left = daysLeft(until);
  const text =
    record.status === 'revoked'
      ? t('revoked')
      : record.appealId
        ? t('already')
        : left < 0
          ? t('windowClosed', { until })
          : left === 0
            ? t('windowLastDay', { until })
            : t('windowOpen', { until, days: left });
  return (
    <Alert severity={appealable(record) ? 'info' : 'warning'} data-testid="appeal-window">
      {text}
    </Alert>
  );
};

/** 申诉: the agency user's statement and evidence, while the window is open and the deduction unappealed. */
export const AppealButton = () => {
  const record = useRecordContext<DeductionRecord>();
  const account = useAccount();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const t = (key: string) => translate(`app.agencyDeduction.appeal.${key}`);
  const [open, setOpen] = useState(false);
  const [statement, setStatement] = useState('');
  const [evidenceIds, setEvidenceIds] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [pending, setPending] = useState(false);
  const [touched, setTouched] = useState(false);
  if (!record || account?.role !== 'agencyUser' || !appealable(record)) return null;
  const send = async () => {
    setTouched(true);
    if (!statement.trim() || uploading) return;
    setPending(true);
    try {
      await dataProvider.create(`agency-deductions/${record.id}/appeal`, {
        data: { statement: statement.trim(), evidenceIds },
      });
      notify('app.agencyDeduction.appeal.done', { type: 'success' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button variant="contained" onClick={() => setOpen(true)} data-testid="deduction-appeal">
        {t('button')}
      </Button>
      <Dialog open={open} onClose={pending ? undefined : () => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogContent>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('hint')}
          </Typography>
          <MuiTextField
            autoFocus
            fullWidth
            multiline
            minRows={4}
            label={t('statement')}
            value={statement}
            onChange={(event) => setStatement(event.target.value)}
            error={touched && !statement.trim()}
            helperText={
              touched && !statement.trim() ? t('statementRequired') : `${statement.trim().length} / 2000`
            }
            slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'appeal-statement' } }}
          />
          <EvidenceUpload agencyId={record.agencyId} onChange={setEvidenceIds} onBusy={setUploading} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} disabled={pending}>
            {translate('ra.action.cancel')}
          </Button>
          <Button
            variant="contained"
            onClick={() => void send()}
            disabled={pending || uploading}
            data-testid="appeal-submit"
          >
            {t('submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
