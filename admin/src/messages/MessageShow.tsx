import {
  Box,
  Card,
  CardContent,
  Chip,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  Labeled,
  ListButton,
  NumberField,
  Show,
  TextField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { resourceOfEntity } from '../audit/auditFormat';
import { BeijingDateField } from '../shared/BeijingDateField';
import { beijingDateTime } from '../shared/beijingTime';
import { DistrictField } from '../shared/orgFields';
import { Section } from '../shared/Section';
import { LoadingState, recordErrorProps, ShowErrorState } from '../shared/states';
import {
  AttemptsField,
  EnqueuedByField,
  MessageStatusField,
  RecipientField,
  TemplateField,
} from './MessageFields';
import { MessageResendButton } from './MessageResendButton';
import { isUnsettled, MESSAGE_POLL_MS, type MessageDetail } from './messageFormat';

const ShowActions = () => (
  <TopToolbar>
    <ListButton />
    <MessageResendButton />
  </TopToolbar>
);

/** The whole rendered text, as the phone shows it (line breaks kept). */
const FullTextField = (_props: { label?: string }) => {
  const message = useRecordContext<MessageDetail>();
  if (!message) return null;
  return (
    <Typography
      data-testid="message-text"
      sx={{
        whiteSpace: 'pre-wrap',
        bgcolor: 'grey.50',
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        p: 1.5,
      }}
    >
      {message.text}
    </Typography>
  );
};

/** What the message is about: the kind of record and a link to it when the console has a page for it. */
const ConcernsField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const message = useRecordContext<MessageDetail>();
  if (!message?.concerns) return <span>—</span>;
  const { entity, id } = message.concerns;
  const kind = translate(`app.audit.entity.${entity}`, { _: entity });
  const resource = resourceOfEntity[entity];
  if (!resource) return <span>{`${kind} ${id}`}</span>;
  return (
    <Link component={RouterLink} to={createPath({ resource, id, type: 'show' })}>
      {`${kind} ${id}`}
    </Link>
  );
};

/** Each attempt the dispatcher made: when, SENT/FAILED, the provider, its receipt id, the error, how long. */
const AttemptsTable = () => {
  const translate = useTranslate();
  const message = useRecordContext<MessageDetail>();
  if (!message) return null;
  const history = message.history ?? [];
  if (history.length === 0)
    return (
      <Typography color="text.secondary" data-testid="message-no-attempts">
        {translate('app.message.history.none')}
      </Typography>
    );
  const head = ['at', 'outcome', 'provider', 'providerMessageId', 'error', 'ms'];
  return (
    // a phone scrolls the attempts sideways inside their box, never the page
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="message-attempts">
        <TableHead>
          <TableRow>
            {head.map((column) => (
              <TableCell key={column} align={column === 'ms' ? 'right' : 'left'}>
                {translate(`app.message.history.${column}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {history.map((attempt) => (
            <TableRow key={`${attempt.at}-${attempt.outcome}`}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{beijingDateTime(attempt.at)}</TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={attempt.outcome === 'SENT' ? 'success' : 'warning'}
                  label={translate(`app.message.outcome.${attempt.outcome}`, { _: attempt.outcome })}
                />
              </TableCell>
              <TableCell>
                {translate(`app.message.provider.${attempt.provider}`, { _: attempt.provider })}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace' }}>{attempt.providerMessageId ?? '—'}</TableCell>
              <TableCell sx={{ color: attempt.error ? 'error.main' : undefined }}>
                {attempt.error ?? '—'}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {attempt.ms === undefined ? '—' : `${attempt.ms} ms`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};

/**
 * One message: the whole text, its segments, recipient and what it concerns, then every attempt. While the
 * dispatcher has not settled it (待发送, 发送中, 失败待重试) the page reads it again every 3 s, so a test message is
 * seen turning 已发送 without a reload. 重发 appears on a given-up (已放弃) message.
 */
export const MessageShow = () => (
  <Show
    actions={<ShowActions />}
    loading={<LoadingState />}
    error={<ShowErrorState />}
    {...recordErrorProps}
    queryOptions={{
      ...recordErrorProps.queryOptions,
      refetchInterval: (query) =>
        isUnsettled((query.state.data as MessageDetail | undefined)?.status) ? MESSAGE_POLL_MS : false,
    }}
    component="div"
  >
    <Card>
      <CardContent>
        <Section variant="plain" title="app.message.sections.message" columns={4}>
          <Labeled source="status">
            <MessageStatusField />
          </Labeled>
          <Labeled source="template">
            <TemplateField />
          </Labeled>
          <Labeled source="segments">
            <NumberField source="segments" data-testid="message-segments" />
          </Labeled>
          <Labeled source="attempts">
            <AttemptsField />
          </Labeled>
          <Box sx={{ gridColumn: { md: 'span 4' } }}>
            <Labeled source="text" fullWidth>
              <FullTextField />
            </Labeled>
          </Box>
        </Section>
        <Section variant="plain" title="app.message.sections.recipient" columns={4}>
          <Labeled source="recipient">
            <RecipientField />
          </Labeled>
          <Labeled source="concerns">
            <ConcernsField />
          </Labeled>
          <Labeled source="districtId">
            <DistrictField />
          </Labeled>
          <Labeled source="enqueuedBy">
            <EnqueuedByField />
          </Labeled>
        </Section>
        <Section variant="plain" title="app.message.sections.timing" columns={4}>
          <Labeled source="createdAt">
            <BeijingDateField source="createdAt" />
          </Labeled>
          <Labeled source="sentAt">
            <BeijingDateField source="sentAt" />
          </Labeled>
          <Labeled source="nextAttemptAt">
            <BeijingDateField source="nextAttemptAt" />
          </Labeled>
          <Labeled source="lastError">
            <TextField source="lastError" emptyText="—" />
          </Labeled>
        </Section>
        <Section variant="plain" title="app.message.sections.history" sx={{ mb: 0 }}>
          <AttemptsTable />
        </Section>
      </CardContent>
    </Card>
  </Show>
);
