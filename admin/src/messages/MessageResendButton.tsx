import ReplayIcon from '@mui/icons-material/Replay';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import type { Message } from '#functions/messages/schemas';
import type { ConsoleDataProvider } from '../dataProvider';

/** 重发 a message the dispatcher gave up on (DEAD only), after a confirmation; the page then reads it again. */
export const MessageResendButton = () => {
  const message = useRecordContext<Message>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'messages', action: 'resend', record: message });
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  if (message?.status !== 'DEAD' || !canAccess) return null;

  const confirm = async () => {
    setSaving(true);
    try {
      await dataProvider.resendMessage(message.id);
      notify('app.message.resend.done', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setSaving(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        label="app.message.resend.button"
        variant="contained"
        onClick={() => setOpen(true)}
        data-testid="message-resend"
      >
        <ReplayIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={saving}
        title="app.message.resend.title"
        content="app.message.resend.content"
        translateOptions={{ phone: message.recipient.phone }}
        confirm="app.message.resend.button"
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
