import { type ReactElement, useState } from 'react';
import { DataTable, NumberField, SimpleList, TopToolbar, useGetIdentity, useTranslate } from 'react-admin';
import { messageStatuses } from '#functions/messages/schemas';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField, BeijingTimeLabel } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { DayInput } from '../shared/DayInput';
import { ListExportButton } from '../shared/ListExportButton';
import { messageExporter } from '../shared/listExports';
import { districtChoices } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';
import {
  AttemptsField,
  MessageStatusField,
  RecipientField,
  TemplateField,
  TextPreviewField,
} from './MessageFields';
import { MessageTestButton, MessageTestDialog } from './MessageTestButton';
import { messageTemplateCodes } from './messageFormat';
import { PlainTextInput } from './PlainTextInput';

const statusChoices = messageStatuses.map((status) => ({ id: status, name: `app.message.status.${status}` }));
const templateChoices = messageTemplateCodes.map((code) => ({
  id: code,
  name: `app.message.template.${code}`,
}));
const narrow = { minWidth: 140 };
const noWrap = () => ({ whiteSpace: 'nowrap' }) as const;

function messageFilters(role: ConsoleIdentity['role'] | undefined): ReactElement[] {
  const filters = [
    <PlainTextInput key="status" source="status" choices={statusChoices} alwaysOn sx={narrow} />,
    <PlainTextInput key="template" source="template" choices={templateChoices} alwaysOn sx={narrow} />,
  ];
  if (role === 'cityAdmin')
    filters.push(
      <PlainTextInput key="districtId" source="districtId" choices={districtChoices} alwaysOn sx={narrow} />,
    );
  // 年-月-日 typed or picked (not the browser's date input, whose placeholder follows its language: mm/dd/yyyy)
  filters.push(<DayInput key="date" source="date" alwaysOn sx={narrow} />);
  return filters;
}

const MessageListActions = ({ onTest }: { onTest: () => void }) => (
  <TopToolbar>
    <MessageTestButton onClick={onTest} />
    <ListExportButton />
  </TopToolbar>
);

/**
 * 消息中心: the SMS outbox, newest first (the API's order), read-only except 重发 on a given-up message (on its
 * page) and 发送测试短信 for the city administrator. A row opens the message with each attempt.
 */
export const MessageList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const [testing, setTesting] = useState(false);
  if (isPending) return null;
  const openTest = () => setTesting(true);
  return (
    <>
      <CursorList
        small={
          <SimpleList
            rowClick="show"
            primaryText={<RecipientField />}
            secondaryText={<TextPreviewField />}
            tertiaryText={<MessageStatusField />}
          />
        }
        filters={messageFilters((identity as ConsoleIdentity | undefined)?.role)}
        actions={<MessageListActions onTest={openTest} />}
        exporter={messageExporter}
        empty={
          <EmptyState
            title={translate('app.message.empty')}
            hint={translate('app.message.emptyHint')}
            actions={<MessageTestButton variant="contained" onClick={openTest} />}
          />
        }
      >
        <DataTable bulkActionButtons={false} rowClick="show" size="small">
          <DataTable.Col
            source="createdAt"
            disableSort
            cellSx={noWrap}
            label={<BeijingTimeLabel source="createdAt" />}
          >
            <BeijingDateField source="createdAt" />
          </DataTable.Col>
          <DataTable.Col source="recipient" disableSort>
            <RecipientField />
          </DataTable.Col>
          <DataTable.Col source="template" disableSort>
            <TemplateField />
          </DataTable.Col>
          <DataTable.Col source="text" disableSort>
            <TextPreviewField />
          </DataTable.Col>
          <DataTable.Col source="segments" disableSort align="right">
            <NumberField source="segments" />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort cellSx={noWrap}>
            <MessageStatusField />
          </DataTable.Col>
          <DataTable.Col source="attempts" disableSort align="right">
            <AttemptsField />
          </DataTable.Col>
          <DataTable.Col source="nextAttemptAt" disableSort cellSx={noWrap}>
            <BeijingDateField source="nextAttemptAt" />
          </DataTable.Col>
        </DataTable>
      </CursorList>
      <MessageTestDialog open={testing} onClose={() => setTesting(false)} />
    </>
  );
};
