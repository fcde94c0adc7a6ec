import type { ReactElement } from 'react';
import { SearchInput, SelectInput } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { DistrictSelectInput, GridSelectInput, TownSelectInput } from '../shared/orgInputs';
import { flagChoices, industryChoices, statusChoices } from './labels';

const narrow = { minWidth: 140 };

/**
 * The list's filters for a role: the place filters it can narrow (a district administrator has one district,
 * a town officer one town), then 行业, 标记, 状态 and 名称包含. Every filter is always shown: these are the
 * questions supervisors ask every day. The API scopes the answers in any case.
 */
export function enterpriseFilters(
  identity: ConsoleIdentity | undefined,
  translate: (key: string) => string,
): ReactElement[] {
  const role = identity?.role;
  const filters: ReactElement[] = [
    <SearchInput
      key="q"
      source="q"
      placeholder={translate('resources.enterprises.fields.q')}
      alwaysOn
      sx={{ minWidth: 180 }}
    />,
  ];
  if (role === 'cityAdmin')
    filters.push(
      <DistrictSelectInput
        key="districtId"
        source="districtId"
        clears={['townId', 'gridId']}
        alwaysOn
        sx={narrow}
      />,
    );
  if (role === 'cityAdmin' || role === 'districtAdmin')
    filters.push(<TownSelectInput key="townId" source="townId" clears={['gridId']} alwaysOn sx={narrow} />);
  if (role === 'cityAdmin' || role === 'districtAdmin' || role === 'townOfficer')
    filters.push(
      <GridSelectInput
        key="gridId"
        source="gridId"
        mode="filter"
        fixedTownId={role === 'townOfficer' ? identity?.scope.townId : undefined}
        alwaysOn
        sx={narrow}
      />,
    );
  filters.push(
    <SelectInput key="industry" source="industry" choices={industryChoices} alwaysOn sx={narrow} />,
    <SelectInput key="flag" source="flag" choices={flagChoices} alwaysOn sx={narrow} />,
    <SelectInput key="status" source="status" choices={statusChoices} alwaysOn sx={narrow} />,
  );
  return filters;
}
