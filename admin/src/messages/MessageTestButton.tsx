import SendIcon from '@mui/icons-material/Send';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Button as MuiButton,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Form,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider';
import { toTestMessage, validateTestMessage } from './messageInput';
import { PlainTextInput } from './PlainTextInput';

/** 发送测试短信 for the city administrator only; opens the dialog that the list keeps (see MessageTestDialog). */
export const MessageTestButton = ({
  onClick,
  variant = 'text',
}: {
  onClick: () => void;
  variant?: 'text' | 'contained';
}) => {
  const { canAccess } = useCanAccess({ resource: 'messages', action: 'test' });
  if (!canAccess) return null;
  return (
    <Button
      label="app.message.test.button"
      variant={variant}
      onClick={onClick}
      data-testid="message-test-button"
    >
      <SendIcon />
    </Button>
  );
};

/**
 * The 发送测试短信 dialog: a phone checked with the API's schema, then POST /api/messages/test and the new
 * message's page, which follows it to 已发送 (it reads the message again every 3 s while it is unsettled). It
 * is rendered beside the list, not inside it: the list swaps its toolbar for the empty state once the first
 * page arrives, and a dialog opened from the toolbar meanwhile would be unmounted with it.
 */
export const MessageTestDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [sending, setSending] = useState(false);

  const send = async (values: Record<string, unknown>) => {
    setSending(true);
    try {
      const message = await dataProvider.sendTestMessage(toTestMessage(values).phone);
      notify('app.message.test.queued', { type: 'info' });
      onClose();
      redirect('show', 'messages', message.id);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={() => !sending && onClose()}
      maxWidth="xs"
      fullWidth
      data-testid="message-test-dialog"
    >
      <Form
        onSubmit={(values: Record<string, unknown>) => void send(values)}
        validate={validateTestMessage}
        mode="onSubmit"
      >
        <DialogTitle>{translate('app.message.test.title')}</DialogTitle>
        <DialogContent dividers>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {translate('app.message.test.intro')}
          </Typography>
          <PlainTextInput
            source="phone"
            label="app.message.test.phone"
            type="tel"
            autoFocus
            fullWidth
            htmlInput={{ inputMode: 'numeric', maxLength: 11, 'data-testid': 'message-test-phone' }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose} disabled={sending}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton
            type="submit"
            variant="contained"
            startIcon={<SendIcon />}
            disabled={sending}
            data-testid="message-test-send"
          >
            {translate('app.message.test.send')}
          </MuiButton>
        </DialogActions>
      </Form>
    </Dialog>
  );
};
