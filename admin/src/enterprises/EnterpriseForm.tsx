import { Box } from '@mui/material';
import { useCallback, useMemo, useState } from 'react';
import {
  CheckboxGroupInput,
  DeleteButton,
  Link,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useGetIdentity,
  useSaveContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { ConsoleIdentity } from '../auth/authProvider';
import { DistrictSelectInput, GridSelectInput, TownSelectInput } from '../shared/orgInputs';
import { Section } from '../shared/Section';
import {
  creditCodeInput,
  type DuplicateCode,
  duplicateCodeOf,
  validateEnterpriseKnowing,
} from './enterpriseInput';
import { flagChoices, industryChoices, statusChoices } from './labels';

/** Save, and on edit a delete that asks first. */
const EnterpriseToolbar = ({ canDelete }: { canDelete: boolean }) => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {canDelete && <DeleteButton mutationMode="pessimistic" />}
  </Toolbar>
);

/**
 * Saves through the page's save (its transform and notifications) and remembers a code the API refused as
 * registered; the 409's message lands on the credit-code field like any field error, and stays there.
 */
function useDuplicateAwareSave() {
  const { save } = useSaveContext();
  const [duplicate, setDuplicate] = useState<DuplicateCode>();
  const submit = useCallback(
    (values: Record<string, unknown>) => {
      const creditCode = creditCodeInput(String(values.creditCode ?? '')) ?? '';
      return save?.(values, {
        onError: (error: unknown) => setDuplicate(duplicateCodeOf(error, creditCode)),
      });
    },
    [save],
  );
  const validate = useMemo(() => validateEnterpriseKnowing(duplicate), [duplicate]);
  return { submit, validate, duplicate };
}

/** Under the credit code, while it is the refused one: a link to the enterprise registered with it, if visible. */
const DuplicateLink = ({ duplicate }: { duplicate: DuplicateCode | undefined }) => {
  const translate = useTranslate();
  const creditCode = useWatch({ name: 'creditCode' }) as string | null | undefined;
  if (!duplicate?.existingId || creditCode !== duplicate.creditCode) return null;
  return (
    <Link
      to={`/enterprises/${encodeURIComponent(duplicate.existingId)}/show`}
      data-testid="duplicate-credit-code"
      sx={{ display: 'inline-block', mb: 1, fontSize: '0.8125rem' }}
    >
      {translate('app.enterprise.duplicate.open')}
    </Link>
  );
};

/**
 * One form for 新建 and 编辑: validated in the browser with the API's own schema (credit-code check character,
 * 11-digit mobiles), and the API's field errors shown under the same inputs — a duplicate credit code with a
 * link to the enterprise holding it, when the caller may see that one. A district administrator's enterprises
 * stay in its district.
 */
export const EnterpriseForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { identity } = useGetIdentity();
  const { role, scope } = (identity as ConsoleIdentity | undefined) ?? {};
  const ownDistrict = role === 'districtAdmin' ? scope?.districtId : undefined;
  const { submit, validate, duplicate } = useDuplicateAwareSave();
  return (
    <SimpleForm
      onSubmit={submit}
      validate={validate}
      defaultValues={
        mode === 'create'
          ? { status: '正常生产', flags: [], gridId: null, districtId: ownDistrict }
          : undefined
      }
      toolbar={<EnterpriseToolbar canDelete={mode === 'edit'} />}
      sx={{ maxWidth: 1100 }}
    >
      <Section variant="plain" title="app.enterprise.sections.basic" columns={3} inputs>
        {/* no maxLength: a pasted code with spaces is longer than 18 until the spaces are gone */}
        <Box>
          <TextInput source="creditCode" isRequired parse={creditCodeInput} />
          <DuplicateLink duplicate={duplicate} />
        </Box>
        <Box sx={{ gridColumn: { md: 'span 2' } }}>
          <TextInput source="name" isRequired />
        </Box>
        <SelectInput source="industry" choices={industryChoices} isRequired />
        <SelectInput source="status" choices={statusChoices} isRequired />
        <CheckboxGroupInput source="flags" choices={flagChoices} row />
      </Section>
      <Section variant="plain" title="app.enterprise.sections.place" columns={3} inputs>
        <DistrictSelectInput isRequired clears={['townId', 'gridId']} disabled={Boolean(ownDistrict)} />
        <TownSelectInput isRequired clears={['gridId']} />
        <GridSelectInput mode="enterprise" />
        <Box sx={{ gridColumn: { md: 'span 3' } }}>
          <TextInput source="address" />
        </Box>
      </Section>
      <Section variant="plain" title="app.enterprise.sections.people" columns={3} inputs>
        <TextInput source="principal.name" isRequired />
        <TextInput source="principal.phone" isRequired />
        <span />
        <TextInput source="safetyContact.name" />
        <TextInput source="safetyContact.phone" />
      </Section>
    </SimpleForm>
  );
};
