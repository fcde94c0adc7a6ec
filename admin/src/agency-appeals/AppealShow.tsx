import { Button } from '@mui/material';
import { useState } from 'react';
import {
  FunctionField,
  Labeled,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useDataProvider,
  useGetIdentity,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { mayDecide } from '../agency-deductions/DeductionActions';
import {
  AppealStatusField,
  type DeductionRecord,
  DeductionStatusField,
  EvidenceLinks,
  IssuerField,
  RuleTextField,
} from '../agency-deductions/fields';
import { ReasonDialog } from '../agency-deductions/ReasonDialog';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField } from '../shared/BeijingDateField';
import { recordErrorProps, ShowErrorState } from '../shared/states';

interface AppealRecord {
  id: string;
  deductionId: string;
  issuingDistrictId: string;
  status: 'pending' | 'upheld' | 'revoked';
  evidence?: { photoId: string; url: string; contentType?: string }[];
}

type Outcome = 'uphold' | 'revoke';

/** 维持扣分 / 撤销扣分 of a pending appeal: the issuing district or the city, each with a reason and a confirmation. */
const DecideButtons = () => {
  const record = useRecordContext<AppealRecord>();
  const account = useGetIdentity().identity as ConsoleIdentity | undefined;
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  if (record?.status !== 'pending' || !mayDecide(account, record.issuingDistrictId)) return null;
  const send = async (reason: string) => {
    if (!outcome) return;
    setPending(true);
    try {
      await dataProvider.create(`agency-appeals/${record.id}/decide`, { data: { outcome, reason } });
      notify('app.agencyAppeal.done', { type: 'success' });
      setOutcome(null);
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return (
    <>
      <Button variant="contained" onClick={() => setOutcome('uphold')} data-testid="appeal-uphold">
        {translate('app.agencyAppeal.uphold')}
      </Button>
      <Button color="warning" onClick={() => setOutcome('revoke')} data-testid="appeal-revoke">
        {translate('app.agencyAppeal.revoke')}
      </Button>
      <ReasonDialog
        open={outcome !== null}
        pending={pending}
        title={`app.agencyAppeal.${outcome === 'revoke' ? 'revoke' : 'uphold'}`}
        hint={`app.agencyAppeal.${outcome === 'revoke' ? 'revokeHint' : 'upholdHint'}`}
        label="app.agencyAppeal.reason"
        required="app.agencyAppeal.reasonRequired"
        confirm={`app.agencyAppeal.${outcome === 'revoke' ? 'confirmRevoke' : 'confirmUphold'}`}
        confirmColor={outcome === 'revoke' ? 'warning' : 'primary'}
        testId="appeal-decide"
        onCancel={() => setOutcome(null)}
        onConfirm={(reason) => void send(reason)}
      />
    </>
  );
};

/** The deduction under appeal, in brief: rule, points, day, reason, status. */
const DeductionSummary = () => (
  <FunctionField
    render={(deduction: DeductionRecord) => (
      <span data-testid="appeal-deduction">
        <RuleTextField /> · −{deduction.points} · {deduction.date} · {deduction.reason}{' '}
        <DeductionStatusField />
      </span>
    )}
  />
);

/** One appeal: the deduction it is against, the statement and evidence, the outcome; decide while pending. */
export const AppealShow = () => {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <DecideButtons />
        </TopToolbar>
      }
      error={<ShowErrorState />}
      {...recordErrorProps}
    >
      <SimpleShowLayout>
        <TextField source="agencyName" />
        <Labeled source="deductionId" label={translate('app.agencyAppeal.deduction')}>
          <ReferenceField source="deductionId" reference="agency-deductions" link="show">
            <DeductionSummary />
          </ReferenceField>
        </Labeled>
        <Labeled source="issuingDistrictId">
          <IssuerField />
        </Labeled>
        <TextField source="statement" sx={{ whiteSpace: 'pre-wrap' }} />
        <Labeled source="evidenceIds">
          <FunctionField render={(record: AppealRecord) => <EvidenceLinks evidence={record.evidence} />} />
        </Labeled>
        <BeijingDateField source="createdAt" />
        <Labeled source="status">
          <AppealStatusField source="status" />
        </Labeled>
        <FunctionField
          source="decisionReason"
          render={(r: { decisionReason?: string }) => r.decisionReason ?? '—'}
        />
        <BeijingDateField source="decidedAt" />
      </SimpleShowLayout>
    </Show>
  );
};
