import { DataTable, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { AppealStatusField, IssuerField } from '../agency-deductions/fields';
import { BeijingDateField } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { EmptyState } from '../shared/states';

export const appealStatusChoices = [
  { id: 'pending', name: 'app.agencyDeduction.appealStatus.pending' },
  { id: 'upheld', name: 'app.agencyDeduction.appealStatus.upheld' },
  { id: 'revoked', name: 'app.agencyDeduction.appealStatus.revoked' },
];

const filters = [<SelectInput key="status" source="status" choices={appealStatusChoices} alwaysOn />];

/**
 * 申诉处理: the inbox of the issuing district (every issuer's for the city, an agency's own for its user); the API
 * answers each issuer's pending appeals before its decided ones.
 */
export const AppealList = () => {
  const translate = useTranslate();
  return (
    <CursorList
      filters={filters}
      empty={
        <EmptyState
          title={translate('app.agencyAppeal.empty')}
          hint={translate('app.agencyAppeal.emptyHint')}
        />
      }
      small={
        <SimpleList
          rowClick="show"
          primaryText="%{agencyName}"
          secondaryText="%{statement}"
          tertiaryText={<AppealStatusField source="status" />}
        />
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="agencyName" />
        <DataTable.Col source="statement" sx={{ maxWidth: 360 }} />
        <DataTable.Col source="issuingDistrictId" render={() => <IssuerField />} />
        <DataTable.Col source="status" render={() => <AppealStatusField source="status" />} />
        <DataTable.Col source="createdAt" render={() => <BeijingDateField source="createdAt" />} />
        <DataTable.Col source="decidedAt" render={() => <BeijingDateField source="decidedAt" />} />
      </DataTable>
    </CursorList>
  );
};
