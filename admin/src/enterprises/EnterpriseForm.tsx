import { Box } from '@mui/material';
import {
  CheckboxGroupInput,
  DeleteButton,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  useGetIdentity,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { DistrictSelectInput, GridSelectInput, TownSelectInput } from '../shared/orgInputs';
import { Section } from '../shared/Section';
import { upperCase, validateEnterprise } from './enterpriseInput';
import { flagChoices, industryChoices, statusChoices } from './labels';

/** Save, and on edit a delete that asks first. */
const EnterpriseToolbar = ({ canDelete }: { canDelete: boolean }) => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {canDelete && <DeleteButton mutationMode="pessimistic" />}
  </Toolbar>
);

/**
 * One form for 新建 and 编辑: validated in the browser with the API's own schema (credit-code check character,
 * 11-digit mobiles), and the API's field errors shown under the same inputs. A district administrator's
 * enterprises stay in its district.
 */
export const EnterpriseForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const { identity } = useGetIdentity();
  const { role, scope } = (identity as ConsoleIdentity | undefined) ?? {};
  const ownDistrict = role === 'districtAdmin' ? scope?.districtId : undefined;
  return (
    <SimpleForm
      validate={validateEnterprise}
      defaultValues={
        mode === 'create'
          ? { status: '正常生产', flags: [], gridId: null, districtId: ownDistrict }
          : undefined
      }
      toolbar={<EnterpriseToolbar canDelete={mode === 'edit'} />}
      sx={{ maxWidth: 1100 }}
    >
      <Section variant="plain" title="app.enterprise.sections.basic" columns={3} inputs>
        <TextInput
          source="creditCode"
          isRequired
          parse={upperCase}
          slotProps={{ htmlInput: { maxLength: 18 } }}
        />
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
