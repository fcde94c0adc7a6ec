import { Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import {
  AutocompleteInput,
  Create,
  NumberInput,
  ReferenceInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  useGetIdentity,
  useGetList,
  useInput,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { deductionCreateSchema } from '#functions/agency-deductions/schemas';
import { businessDay } from '#functions/platform/clock';
import type { ConsoleIdentity } from '../auth/authProvider';
import { optionalText, zodFormValidator } from '../forms/zodValidation';
import { DayInput } from '../shared/DayInput';
import { EvidenceUpload } from './EvidenceUpload';
import { issuerName, rulePointsText } from './fields';

interface RuleOption {
  id: string;
  code: string;
  description: string;
  points: number;
  pointsMin?: number;
  pointsMax?: number;
  active: boolean;
}

const ranged = (rule: RuleOption | undefined) =>
  rule?.pointsMin !== undefined && rule?.pointsMax !== undefined;

/** The request body from the form's values (also what the API's schema checks). */
export const deductionBody = (values: Record<string, unknown>) => ({
  agencyId: values.agencyId ?? '',
  ruleCode: values.ruleCode ?? '',
  points: typeof values.points === 'number' ? values.points : Number(values.points ?? Number.NaN),
  reason: optionalText(values.reason) ?? '',
  date: values.date ?? '',
  evidenceIds: Array.isArray(values.evidenceIds) ? values.evidenceIds : [],
});

const validateBody = zodFormValidator(deductionCreateSchema, deductionBody);

/**
 * The rule picker (active rules, with their points) and the points: the rule's own, or within its range. No HTML
 * min/max on the number field: the browser would refuse the submit with its own English bubble; the form's
 * validator says it in Chinese instead.
 */
const RuleAndPoints = ({ rules }: { rules: RuleOption[] }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const code = useWatch({ name: 'ruleCode' }) as string | undefined;
  const rule = rules.find((r) => r.code === code);
  useEffect(() => {
    if (rule && !ranged(rule)) setValue('points', rule.points, { shouldValidate: true, shouldDirty: true });
  }, [rule, setValue]);
  const helper = !rule
    ? translate('app.agencyDeduction.chooseRuleFirst')
    : ranged(rule)
      ? translate('app.agencyDeduction.pointsRangeHint', { min: rule.pointsMin, max: rule.pointsMax })
      : translate('app.agencyDeduction.pointsFixedHint');
  return (
    <>
      <AutocompleteInput
        source="ruleCode"
        choices={rules}
        optionValue="code"
        optionText={(r: RuleOption) => `${r.code} ${r.description}（${rulePointsText(translate, r)}）`}
        isRequired
        fullWidth
      />
      <NumberInput
        source="points"
        step={0.5}
        readOnly={!rule || !ranged(rule)}
        helperText={helper}
        isRequired
      />
    </>
  );
};

/** 证据文件 as a form value (evidenceIds): only verified uploads count; saving waits for the rest. */
const EvidenceInput = ({ onBusy }: { onBusy: (busy: boolean) => void }) => {
  const { field } = useInput({ source: 'evidenceIds', defaultValue: [] });
  const agencyId = useWatch({ name: 'agencyId' }) as string | undefined;
  return <EvidenceUpload agencyId={agencyId || undefined} onChange={field.onChange} onBusy={onBusy} />;
};

const CreateToolbar = ({ busy }: { busy: boolean }) => {
  const translate = useTranslate();
  return (
    <Toolbar>
      <SaveButton alwaysEnable={!busy} />
      {busy ? (
        <Typography variant="body2" color="text.secondary" sx={{ ml: 2 }}>
          {translate('app.agencyDeduction.evidence.pending')}
        </Typography>
      ) : null}
    </Toolbar>
  );
};

/**
 * 扣分: the agency (those the API lists to the caller; it refuses one outside the district), the rule, the points,
 * the reason, the day and the evidence files. The issuing district is the caller's (the city for the city admin).
 */
export const DeductionCreate = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const account = identity as ConsoleIdentity | undefined;
  const [busy, setBusy] = useState(false);
  const { data } = useGetList<RuleOption>('agency-rules', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'code', order: 'ASC' },
  });
  const rules = (data ?? []).filter((rule) => rule.active);
  const validate = (values: Record<string, unknown>) => {
    const errors: Record<string, unknown> = validateBody(values);
    const rule = rules.find((r) => r.code === values.ruleCode);
    const points = Number(values.points);
    if (
      rule &&
      ranged(rule) &&
      !errors.points &&
      (points < (rule.pointsMin ?? 0) || points > (rule.pointsMax ?? 0))
    )
      errors.points = translate('app.agencyDeduction.pointsOutOfRange', {
        min: rule.pointsMin,
        max: rule.pointsMax,
      });
    return errors;
  };
  const issuer = account?.role === 'cityAdmin' ? 'city' : account?.scope.districtId;
  return (
    <Create redirect="show" transform={deductionBody}>
      <SimpleForm
        validate={validate}
        defaultValues={{ date: businessDay(new Date()), evidenceIds: [] }}
        toolbar={<CreateToolbar busy={busy} />}
      >
        <Typography variant="body2" color="text.secondary" data-testid="deduction-issuer">
          {translate('app.agencyDeduction.issuer', { name: issuerName(translate, issuer) })}
        </Typography>
        <ReferenceInput source="agencyId" reference="agencies" perPage={100}>
          <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} isRequired fullWidth />
        </ReferenceInput>
        <RuleAndPoints rules={rules} />
        <DayInput source="date" />
        <TextInput source="reason" isRequired multiline minRows={3} fullWidth />
        <EvidenceInput onBusy={setBusy} />
      </SimpleForm>
    </Create>
  );
};
