import { Stack, Typography } from '@mui/material';
import {
  EditButton,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { RiskPointQr } from '../labels/RiskPointQr';
import { BeijingDateField } from '../shared/BeijingDateField';
import { ConfirmActionButton } from '../shared/ConfirmActionButton';
import { scanUrlOf } from './levels';
import { OverdueField, RiskLevelField } from './RiskPointFields';

interface PointRecord {
  id: string;
  token: string;
  status: string;
  controls: string[];
}

const ReissueButton = () => {
  const record = useRecordContext<PointRecord>();
  const dataProvider = useDataProvider();
  if (record?.status !== 'active') return null;
  return (
    <ConfirmActionButton
      label="app.riskPoint.reissue"
      title="app.riskPoint.reissue"
      content="app.riskPoint.reissueConfirm"
      confirmColor="warning"
      successMessage="app.riskPoint.reissued"
      mutationFn={() => dataProvider.create(`risk-points/${record.id}/code`, { data: {} })}
    />
  );
};

const RetireButton = () => {
  const record = useRecordContext<PointRecord>();
  const dataProvider = useDataProvider();
  if (record?.status !== 'active') return null;
  return (
    <ConfirmActionButton
      label="app.riskPoint.retire"
      title="app.riskPoint.retire"
      content="app.riskPoint.retireConfirm"
      confirmColor="warning"
      successMessage="app.riskPoint.retired"
      mutationFn={() => dataProvider.delete('risk-points', { id: record.id, previousData: record })}
    />
  );
};

const QrPanel = () => {
  const translate = useTranslate();
  const record = useRecordContext<PointRecord>();
  if (!record?.token) return null;
  return (
    <Stack spacing={1} data-testid="risk-point-qr">
      <Typography variant="subtitle2">{translate('app.riskPoint.qr')}</Typography>
      <RiskPointQr url={scanUrlOf(record.token)} />
      <Typography variant="caption" sx={{ wordBreak: 'break-all' }}>
        {scanUrlOf(record.token)}
      </Typography>
    </Stack>
  );
};

const Controls = (_props: { label?: string }) => {
  const record = useRecordContext<PointRecord>();
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }}>
      {(record?.controls ?? []).map((control) => (
        <li key={control}>{control}</li>
      ))}
    </ul>
  );
};

/** One risk point: its fields, its QR code (preview and PNG), re-issue and retire with confirmation. */
export const RiskPointShow = () => {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
          <ReissueButton />
          <RetireButton />
        </TopToolbar>
      }
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={4} sx={{ p: 2 }}>
        <SimpleShowLayout sx={{ flex: 1 }}>
          <TextField source="name" />
          <TextField source="enterpriseName" />
          <TextField source="location" />
          <TextField source="className" />
          <Labeled label="resources.risk-points.fields.level">
            <RiskLevelField />
          </Labeled>
          <TextField source="cycleDays" />
          <Labeled label="resources.risk-points.fields.controls">
            <Controls />
          </Labeled>
          <TextField source="responsible.name" />
          <TextField source="responsible.phone" emptyText="—" />
          <BeijingDateField source="lastScanAt" />
          <BeijingDateField source="nextDueAt" />
          <Labeled label="resources.risk-points.fields.overdue">
            <OverdueField />
          </Labeled>
        </SimpleShowLayout>
        <QrPanel />
      </Stack>
    </Show>
  );
};
