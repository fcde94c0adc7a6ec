import { Chip, Tooltip, Typography } from '@mui/material';
import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { Message } from '#functions/messages/schemas';
import { type MessageStatus, statusColor } from './messageFormat';

interface FieldProps {
  /** Read by DataTable and Labeled for the column or field label. */
  label?: string;
}

/** 待发送 / 发送中 / 已发送 / 失败待重试 / 已放弃 as a coloured chip. */
export const MessageStatusChip = ({ status }: { status: MessageStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={statusColor[status] ?? 'default'}
      variant={status === 'PENDING' ? 'outlined' : 'filled'}
      label={translate(`app.message.status.${status}`, { _: status })}
      sx={{ width: 'fit-content' }}
      data-testid="message-status"
      data-status={status}
    />
  );
};

export const MessageStatusField = (_props: FieldProps) => {
  const message = useRecordContext<Message>();
  if (!message) return null;
  return <MessageStatusChip status={message.status} />;
};

/** The masked phone (as the API gives it), then the name when the recipient is a user. */
export const RecipientField = (_props: FieldProps) => {
  const message = useRecordContext<Message>();
  if (!message) return null;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      <span style={{ fontFamily: 'monospace' }}>{message.recipient.phone}</span>
      {message.recipient.name && (
        <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
          {message.recipient.name}
        </Typography>
      )}
    </span>
  );
};

/** The template's name in the console's language, or its code when the console does not know it. */
export const TemplateField = (_props: FieldProps) => {
  const translate = useTranslate();
  const message = useRecordContext<Message>();
  if (!message) return null;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {translate(`app.message.template.${message.template}`, { _: message.template })}
    </span>
  );
};

/** The rendered text on one line, cut with … (the whole text in a tooltip and on the show page). */
export const TextPreviewField = (_props: FieldProps) => {
  const message = useRecordContext<Message>();
  if (!message) return null;
  return (
    <Tooltip title={message.text} placement="bottom-start">
      <Typography variant="body2" noWrap sx={{ maxWidth: 280 }}>
        {message.text}
      </Typography>
    </Tooltip>
  );
};

/** 尝试次数: the number, or — before the first attempt. */
export const AttemptsField = (_props: FieldProps) => {
  const message = useRecordContext<Message>();
  if (!message) return null;
  return <span>{message.attempts > 0 ? message.attempts : '—'}</span>;
};

const USER_ID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * 发起人: the user's name when a person queued the message (a user id), else what the API says queued it (a job's
 * name). A user outside the reader's scope stays as its id.
 */
export const EnqueuedByField = (_props: FieldProps) => {
  const message = useRecordContext<Message>();
  if (!message) return null;
  if (!USER_ID.test(message.enqueuedBy)) return <span>{message.enqueuedBy}</span>;
  return (
    <ReferenceField source="enqueuedBy" reference="users" link={false} emptyText={message.enqueuedBy}>
      <TextField source="name" />
    </ReferenceField>
  );
};
