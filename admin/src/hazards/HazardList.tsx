import type { ReactElement } from 'react';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  ReferenceField,
  SelectInput,
  SimpleList,
  TopToolbar,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { hazardLevels, hazardSources, hazardStatuses } from '#functions/hazards/domain/kinds';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { ListExportButton } from '../shared/ListExportButton';
import { districtChoices, TownSelectInput } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';
import { HazardLevelField, HazardSourceField, HazardStatusField } from './HazardFields';

const narrow = { minWidth: 140 };
const noWrap = () => ({ whiteSpace: 'nowrap' }) as const;
const choices = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `app.hazard.${prefix}.${value}` }));

function hazardFilters(role: ConsoleIdentity['role'] | undefined): ReactElement[] {
  const filters: ReactElement[] = [];
  if (role === 'cityAdmin')
    filters.push(
      <SelectInput key="districtId" source="districtId" choices={districtChoices} alwaysOn sx={narrow} />,
    );
  if (role === 'cityAdmin' || role === 'districtAdmin')
    filters.push(<TownSelectInput key="townId" source="townId" alwaysOn sx={narrow} />);
  filters.push(
    <SelectInput
      key="status"
      source="status"
      choices={choices(hazardStatuses, 'status')}
      alwaysOn
      sx={narrow}
    />,
    <SelectInput key="level" source="level" choices={choices(hazardLevels, 'level')} alwaysOn sx={narrow} />,
    <SelectInput
      key="source"
      source="source"
      choices={choices(hazardSources, 'source')}
      alwaysOn
      sx={narrow}
    />,
    // The API takes only `true`: a switched-off toggle drops the filter instead of sending false.
    <BooleanInput
      key="pastDeadline"
      source="pastDeadline"
      label="app.hazard.onlyPastDeadline"
      alwaysOn
      parse={(on: boolean) => (on ? 'true' : undefined)}
      format={(value: unknown) => value === 'true'}
    />,
  );
  return filters;
}

/** The table of the 隐患 list and of an enterprise's tab; `withEnterprise` adds the enterprise column. */
export const HazardTable = ({ withEnterprise = true }: { withEnterprise?: boolean }) => (
  <DataTable bulkActionButtons={false} rowClick={(id) => `/hazards/${id}/show`} size="small">
    <DataTable.Col source="status" disableSort cellSx={noWrap}>
      <HazardStatusField />
    </DataTable.Col>
    {withEnterprise ? (
      <DataTable.Col source="enterpriseId" disableSort>
        <ReferenceField source="enterpriseId" reference="enterprises" link={false} />
      </DataTable.Col>
    ) : null}
    <DataTable.Col source="description" disableSort />
    <DataTable.Col source="level" disableSort cellSx={noWrap}>
      <HazardLevelField />
    </DataTable.Col>
    <DataTable.Col source="source" disableSort cellSx={noWrap}>
      <HazardSourceField />
    </DataTable.Col>
    <DataTable.Col source="deadline" disableSort cellSx={noWrap}>
      <BeijingDateField source="deadline" />
    </DataTable.Col>
    <DataTable.Col source="createdAt" disableSort cellSx={noWrap}>
      <BeijingDateField source="createdAt" />
    </DataTable.Col>
  </DataTable>
);

/** 隐患: every hazard in the caller's scope; to review first, then to rectify, then closed (the API's order). */
export const HazardList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  return (
    <CursorList
      small={
        <SimpleList
          rowClick="show"
          primaryText={(hazard) => hazard.description}
          secondaryText={<BeijingDateField source="deadline" />}
          tertiaryText={<HazardStatusField />}
        />
      }
      filters={hazardFilters((identity as ConsoleIdentity | undefined)?.role)}
      actions={
        <TopToolbar>
          <CreateButton />
          <ListExportButton />
        </TopToolbar>
      }
      empty={<EmptyState title={translate('app.hazard.empty')} hint={translate('app.hazard.emptyHint')} />}
    >
      <HazardTable />
    </CursorList>
  );
};
