import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TopToolbar,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { CursorList } from '../shared/CursorList';
import { districtChoices } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';
import { AppealStatusField, DeductionStatusField, IssuerField, RuleTextField } from './fields';

/** Who deducts: the managers (a district admin agencies registered or working in its district). */
export const canDeduct = (role: ConsoleIdentity['role'] | undefined) =>
  role === 'cityAdmin' || role === 'districtAdmin';

const thisYear = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
export const yearChoices = Array.from({ length: 5 }, (_, i) => ({
  id: thisYear - i,
  name: String(thisYear - i),
}));

const statusChoices = [
  { id: 'live', name: 'app.agencyDeduction.status.live' },
  { id: 'revoked', name: 'app.agencyDeduction.status.revoked' },
];

function deductionFilters(role: ConsoleIdentity['role'] | undefined, cityName: string) {
  const filters = [
    <SelectInput key="year" source="year" choices={yearChoices} alwaysOn />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  ];
  if (role === 'agencyUser') return filters;
  filters.unshift(
    <ReferenceInput key="agencyId" source="agencyId" reference="agencies" alwaysOn>
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 240 }} />
    </ReferenceInput>,
  );
  if (role === 'cityAdmin')
    filters.push(
      <SelectInput
        key="issuingDistrictId"
        source="issuingDistrictId"
        choices={[{ id: 'city', name: cityName }, ...districtChoices]}
        alwaysOn
      />,
    );
  return filters;
}

/**
 * 考评扣分: a year's deductions, newest first; a district admin sees those its district issued, an agency user its
 * agency's. Managers add one.
 */
export const DeductionList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const role = (identity as ConsoleIdentity | undefined)?.role;
  return (
    <CursorList
      filters={deductionFilters(role, translate('app.agencyDeduction.city'))}
      actions={<TopToolbar>{canDeduct(role) ? <CreateButton /> : null}</TopToolbar>}
      empty={
        <EmptyState
          title={translate('app.agencyDeduction.empty')}
          hint={translate('app.agencyDeduction.emptyHint')}
        />
      }
      small={
        <SimpleList
          rowClick="show"
          primaryText="%{agencyName}"
          secondaryText={(record) => `${record.date} · ${record.rule?.code ?? ''} · −${record.points}`}
          tertiaryText={<DeductionStatusField />}
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="agencyName" />
        <DataTable.Col source="rule" render={() => <RuleTextField />} />
        <DataTable.Col source="points" />
        <DataTable.Col source="date" />
        <DataTable.Col source="issuingDistrictId" render={() => <IssuerField />} />
        <DataTable.Col source="status" render={() => <DeductionStatusField />} />
        <DataTable.Col source="appealStatus" render={() => <AppealStatusField />} />
      </DataTable>
    </CursorList>
  );
};
