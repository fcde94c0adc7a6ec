import ReplayIcon from '@mui/icons-material/Replay';
import { useCanAccess, useDataProvider, useRecordContext } from 'react-admin';
import type { Message } from '#functions/messages/schemas';
import type { ConsoleDataProvider } from '../dataProvider';
import { ConfirmActionButton } from '../shared/ConfirmActionButton';

/** 重发 a message the dispatcher gave up on (DEAD only), after a confirmation; the page then reads it again. */
export const MessageResendButton = () => {
  const message = useRecordContext<Message>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'messages', action: 'resend', record: message });
  if (message?.status !== 'DEAD' || !canAccess) return null;
  return (
    <ConfirmActionButton
      label="app.message.resend.button"
      icon={<ReplayIcon />}
      variant="contained"
      mutationFn={() => dataProvider.resendMessage(message.id)}
      title="app.message.resend.title"
      content="app.message.resend.content"
      translateOptions={{ phone: message.recipient.phone }}
      successMessage="app.message.resend.done"
      errorMessage="app.message.resend.failed"
      data-testid="message-resend"
    />
  );
};
