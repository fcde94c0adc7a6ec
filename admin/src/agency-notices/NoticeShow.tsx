import DownloadIcon from '@mui/icons-material/Download';
import { Alert } from '@mui/material';
import {
  ArrayField,
  Button,
  DataTable,
  EditButton,
  FunctionField,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField } from '../shared/BeijingDateField';
import { ConfirmActionButton } from '../shared/ConfirmActionButton';
import { recordErrorProps, ShowErrorState } from '../shared/states';
import { canWriteNotices, NoticeStatusField } from './NoticeList';

interface NoticeRecord {
  id: string;
  status: 'draft' | 'published';
}

const PublishButton = () => {
  const record = useRecordContext<NoticeRecord>();
  const dataProvider = useDataProvider();
  if (record?.status !== 'draft') return null;
  return (
    <ConfirmActionButton
      label="app.agencyNotice.publish"
      title="app.agencyNotice.publish"
      content="app.agencyNotice.publishConfirm"
      confirmColor="warning"
      successMessage="app.agencyNotice.published"
      mutationFn={() => dataProvider.create(`agency-notices/${record.id}/publish`, { data: {} })}
      data-testid="agency-notice-publish"
    />
  );
};

/** Saves the API's DOCX (JSON with base64) as a file. */
const DocxButton = () => {
  const record = useRecordContext<NoticeRecord>();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  if (!record) return null;
  const download = async () => {
    try {
      const { data } = await dataProvider.getOne(`agency-notices/${record.id}`, { id: 'docx' });
      const file = data as unknown as { fileName: string; contentType: string; contentBase64: string };
      const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
      const link = Object.assign(document.createElement('a'), { href: url, download: file.fileName });
      link.click();
      URL.revokeObjectURL(url);
    } catch (error) {
      notify('app.agencyNotice.docxFailed', {
        type: 'error',
        messageArgs: { message: error instanceof Error ? error.message : '' },
      });
    }
  };
  return (
    <Button label="app.agencyNotice.docx" onClick={() => void download()} data-testid="agency-notice-docx">
      <DownloadIcon />
    </Button>
  );
};

const ShowActions = () => {
  const record = useRecordContext<NoticeRecord>();
  const { identity } = useGetIdentity();
  const manages = canWriteNotices((identity as ConsoleIdentity | undefined)?.role);
  return (
    <TopToolbar>
      {manages && record?.status === 'draft' ? <EditButton /> : null}
      {manages ? <PublishButton /> : null}
      <DocxButton />
    </TopToolbar>
  );
};

const PublishedNote = () => {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  return record?.status === 'published' ? (
    <Alert severity="info">{translate('app.agencyNotice.readOnly')}</Alert>
  ) : null;
};

/** A notice with its deductions as they are now (a deduction revoked after publication is marked). */
export const NoticeShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />} {...recordErrorProps} error={<ShowErrorState />}>
      <SimpleShowLayout>
        <PublishedNote />
        <TextField source="title" />
        <TextField source="districtName" />
        <Labeled source="status">
          <NoticeStatusField />
        </Labeled>
        <BeijingDateField source="publishedAt" />
        <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
        <ArrayField source="deductions" label={translate('app.agencyNotice.deductionsTitle')}>
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="agencyName" />
            <DataTable.Col source="ruleDescription" />
            <DataTable.Col
              source="points"
              render={() => (
                <FunctionField
                  render={(row: { points: number; revoked: boolean }) =>
                    row.revoked ? `${row.points}（${translate('app.agencyNotice.revoked')}）` : row.points
                  }
                />
              )}
            />
            <DataTable.Col source="date" />
            <DataTable.Col source="reason" />
          </DataTable>
        </ArrayField>
      </SimpleShowLayout>
    </Show>
  );
};
