import {
  CreateButton,
  DataTable,
  SelectInput,
  SimpleList,
  TextInput,
  TopToolbar,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { riskLevelChoices, riskStatusChoices } from '../risk-points/levels';
import { RiskLevelField } from '../risk-points/RiskPointFields';
import { CursorList } from '../shared/CursorList';
import { EmptyState } from '../shared/states';

const filters = [
  <SelectInput key="level" source="level" choices={riskLevelChoices} alwaysOn />,
  <TextInput key="family" source="family" alwaysOn />,
  <SelectInput key="status" source="status" choices={riskStatusChoices} />,
];

/** 风险辞典: the 80 seeded classes and those the city added, in family order; the city admin edits. */
export const RiskClassList = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const city = (identity as ConsoleIdentity | undefined)?.role === 'cityAdmin';
  return (
    <CursorList
      filters={filters}
      actions={<TopToolbar>{city ? <CreateButton /> : null}</TopToolbar>}
      empty={<EmptyState title={translate('app.riskClass.empty')} />}
      small={<SimpleList rowClick={city ? 'edit' : false} primaryText="%{name}" secondaryText="%{family}" />}
    >
      <DataTable rowClick={city ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="family" />
        <DataTable.Col source="name" />
        <DataTable.Col source="level" render={() => <RiskLevelField />} />
        <DataTable.Col source="cycleDays" />
        <DataTable.Col source="checklist" render={(record) => String(record.checklist?.length ?? 0)} />
        <DataTable.Col
          source="status"
          render={(record) => translate(`app.riskPoint.status.${record.status}`)}
        />
      </DataTable>
    </CursorList>
  );
};
