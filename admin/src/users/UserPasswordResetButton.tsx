import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import LockResetIcon from '@mui/icons-material/LockReset';
import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button as MuiButton,
  Stack,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider';
import { ConfirmActionButton } from '../shared/ConfirmActionButton';

/**
 * 重置密码 (POST /api/users/{id}/password-reset) after a confirmation. The temporary password is shown once, in a
 * dialog with a copy button (so no success notification); closing the dialog forgets it. The user must change it
 * at the next login.
 */
export const UserPasswordResetButton = () => {
  const translate = useTranslate();
  const record = useRecordContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'resetPassword', record });
  const [temporary, setTemporary] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  if (!record || !canAccess) return null;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(temporary ?? '');
      setCopied(true);
    } catch {
      notify('app.user.reset.copyFailed', { type: 'warning' });
    }
  };

  return (
    <>
      <ConfirmActionButton
        label="app.user.reset.button"
        icon={<LockResetIcon />}
        mutationFn={() => dataProvider.resetUserPassword(record.id)}
        title="app.user.reset.title"
        content="app.user.reset.content"
        translateOptions={{ name: record.name, username: record.username }}
        confirmColor="warning"
        successMessage={false}
        errorMessage="app.user.reset.failed"
        refresh={false}
        onSuccess={(result) => {
          setTemporary(result.temporaryPassword);
          setCopied(false);
        }}
        data-testid="user-reset-password"
      />
      <Dialog
        open={temporary !== null}
        onClose={() => setTemporary(null)}
        // in the users list the dialog sits inside a row, which opens the user on a click
        onClick={(event) => event.stopPropagation()}
        maxWidth="xs"
        fullWidth
      >
        <DialogTitle>{translate('app.user.reset.doneTitle')}</DialogTitle>
        <DialogContent dividers>
          <Stack spacing={2}>
            <Typography>
              {translate('app.user.reset.doneBody', { name: record.name, username: record.username })}
            </Typography>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography
                data-testid="temporary-password"
                sx={{
                  fontFamily: 'monospace',
                  fontSize: 22,
                  letterSpacing: 2,
                  bgcolor: 'grey.100',
                  px: 2,
                  py: 1,
                  borderRadius: 1,
                }}
              >
                {temporary}
              </Typography>
              <MuiButton startIcon={<ContentCopyIcon />} onClick={() => void copy()}>
                {translate(copied ? 'app.user.reset.copied' : 'app.user.reset.copy')}
              </MuiButton>
            </Stack>
            <Alert severity="warning">{translate('app.user.reset.once')}</Alert>
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton variant="contained" onClick={() => setTemporary(null)}>
            {translate('ra.action.close')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
