import { Box, Divider, Stack, Typography } from '@mui/material';
import {
  FunctionField,
  Labeled,
  RecordContextProvider,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { BeijingDateField } from '../shared/BeijingDateField';
import { beijingDateTime } from '../shared/beijingTime';
import { recordErrorProps, ShowErrorState } from '../shared/states';
import { AppealButton, AppealWindowNote, RevokeButton } from './DeductionActions';
import {
  AppealStatusField,
  type DeductionRecord,
  DeductionStatusField,
  EvidenceLinks,
  IssuerField,
  RuleTextField,
  rulePointsText,
} from './fields';

const ShowActions = () => (
  <TopToolbar>
    <AppealButton />
    <RevokeButton />
  </TopToolbar>
);

/** The appeals of the deduction (one at most today), each with its statement, evidence and outcome. */
const AppealsSection = () => {
  const record = useRecordContext<DeductionRecord>();
  const translate = useTranslate();
  const appeals = record?.appeals ?? [];
  if (appeals.length === 0)
    return <Typography color="text.secondary">{translate('app.agencyDeduction.noAppeals')}</Typography>;
  return (
    <Stack spacing={2} divider={<Divider flexItem />}>
      {appeals.map((appeal) => (
        <Box key={appeal.id} data-testid="deduction-appeal-entry">
          <RecordContextProvider value={appeal}>
            <AppealStatusField source="status" />
          </RecordContextProvider>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {beijingDateTime(appeal.createdAt)}
          </Typography>
          <Typography sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {appeal.statement}
          </Typography>
          <EvidenceLinks evidence={appeal.evidence} />
          {appeal.decisionReason ? (
            <Typography sx={{ mt: 1 }} data-testid="appeal-decision">
              {translate('app.agencyDeduction.decision', { reason: appeal.decisionReason })}
              {appeal.decidedAt ? `（${beijingDateTime(appeal.decidedAt)}）` : ''}
            </Typography>
          ) : null}
        </Box>
      ))}
    </Stack>
  );
};

/** A deduction as it was given (the rule's text and points then), its evidence, revocation and appeals. */
export const DeductionShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions />} error={<ShowErrorState />} {...recordErrorProps}>
      <SimpleShowLayout>
        <AppealWindowNote />
        <ReferenceField source="agencyId" reference="agencies" link="show" />
        <Labeled source="rule" label={translate('app.agencyDeduction.sections.rule')}>
          <FunctionField
            render={(record: DeductionRecord) => (
              <span>
                <RuleTextField />（{rulePointsText(translate, record.rule)}）
              </span>
            )}
          />
        </Labeled>
        <TextField source="points" data-testid="deduction-points" />
        <TextField source="date" />
        <TextField source="reason" sx={{ whiteSpace: 'pre-wrap' }} />
        <Labeled source="issuingDistrictId">
          <IssuerField />
        </Labeled>
        <Labeled source="status">
          <DeductionStatusField />
        </Labeled>
        <FunctionField
          source="revokeReason"
          render={(record: DeductionRecord) => record.revokeReason ?? '—'}
        />
        <Labeled source="evidenceIds" label={translate('app.agencyDeduction.sections.evidence')}>
          <FunctionField render={(record: DeductionRecord) => <EvidenceLinks evidence={record.evidence} />} />
        </Labeled>
        <TextField source="appealUntil" />
        <Labeled source="appealStatus">
          <AppealStatusField />
        </Labeled>
        <Labeled source="appeals" label={translate('app.agencyDeduction.sections.appeals')}>
          <AppealsSection />
        </Labeled>
        <BeijingDateField source="createdAt" />
      </SimpleShowLayout>
    </Show>
  );
};
