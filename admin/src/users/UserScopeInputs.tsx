import { AutocompleteInput, BooleanInput, ReferenceInput, useGetIdentity } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Role } from '#functions/platform/manifest-types';
import type { ConsoleIdentity } from '../auth/authProvider';
import { scopeFieldsOf } from '../auth/roles';
import { DistrictSelectInput, GridSelectInput, TownSelectInput } from '../shared/orgInputs';

/** The enterprise and agency pickers search by name (`q`), as their lists do. */
const enterpriseQuery = (text: string) => (text.trim() ? { q: text.trim() } : {});

/**
 * The scope inputs the chosen role needs: 辖市（区） for a district administrator, down to 网格 for a grid
 * member; an enterprise (and whether the user is its 主要负责人) for an enterprise user, an agency (中介机构) for an
 * agency user. A district
 * administrator's users stay in its district.
 */
export const UserScopeInputs = () => {
  const role = useWatch({ name: 'role' }) as Role | undefined;
  const { identity } = useGetIdentity();
  const me = identity as ConsoleIdentity | undefined;
  const ownDistrict = me?.role === 'districtAdmin' ? me.scope.districtId : undefined;
  const needs = (field: string) =>
    role ? (scopeFieldsOf[role] as readonly string[]).includes(field) : false;
  return (
    <>
      {needs('districtId') && (
        <DistrictSelectInput isRequired clears={['townId', 'gridId']} disabled={Boolean(ownDistrict)} />
      )}
      {needs('townId') && <TownSelectInput isRequired clears={['gridId']} />}
      {needs('gridId') && <GridSelectInput isRequired mode="pick" />}
      {needs('enterpriseId') && (
        <>
          <ReferenceInput source="enterpriseId" reference="enterprises">
            <AutocompleteInput isRequired filterToQuery={enterpriseQuery} optionText="name" />
          </ReferenceInput>
          <BooleanInput source="isPrincipal" />
        </>
      )}
      {needs('agencyId') && (
        <ReferenceInput source="agencyId" reference="agencies">
          <AutocompleteInput isRequired filterToQuery={enterpriseQuery} optionText="name" />
        </ReferenceInput>
      )}
    </>
  );
};
