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
import { CursorList } from '../shared/CursorList';
import { ListExportButton } from '../shared/ListExportButton';
import { DistrictSelectInput, TownSelectInput } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';
import { dustSiteExporter, dustSiteStatusChoices } from './choices';
import { DustSiteStatusField } from './DustSiteFields';
import { PrintDustLabelsButton } from './PrintDustLabelsButton';

/** Managers may create sites (the API's siteWriters); everyone else reads. */
export const canWriteDustSites = (role: ConsoleIdentity['role'] | undefined) =>
  role === 'cityAdmin' || role === 'districtAdmin';

function siteFilters(role: ConsoleIdentity['role'] | undefined) {
  const filters = [
    <TextInput key="q" source="q" alwaysOn />,
    <SelectInput key="status" source="status" choices={dustSiteStatusChoices} alwaysOn />,
  ];
  if (role === 'cityAdmin')
    filters.push(<DistrictSelectInput key="districtId" source="districtId" clears={['townId']} alwaysOn />);
  if (role === 'cityAdmin' || role === 'districtAdmin')
    filters.push(<TownSelectInput key="townId" source="townId" alwaysOn />);
  if (role !== 'enterpriseUser') filters.push(<TextInput key="enterpriseId" source="enterpriseId" />);
  return filters;
}

const SiteListActions = ({ canCreate }: { canCreate: boolean }) => (
  <TopToolbar>
    {canCreate ? <CreateButton /> : null}
    <PrintDustLabelsButton />
    <ListExportButton />
  </TopToolbar>
);

/** The site columns every list of sites shows (also the enterprise page's tab). */
export const DustSiteColumns = ({ withEnterprise = true }: { withEnterprise?: boolean }) => (
  <DataTable rowClick="show" bulkActionButtons={<PrintDustLabelsButton />}>
    <DataTable.Col source="name" />
    {withEnterprise ? <DataTable.Col source="enterpriseName" /> : null}
    <DataTable.Col source="location" />
    <DataTable.Col source="dustType" />
    <DataTable.Col source="contactPhone" />
    <DataTable.Col source="lastSatisfiedDay" />
    <DataTable.Col source="status" render={() => <DustSiteStatusField />} />
  </DataTable>
);

/** 粉尘场所: filters, export, printing of the site codes; managers add sites. */
export const DustSiteList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  const role = (identity as ConsoleIdentity | undefined)?.role;
  return (
    <CursorList
      filters={siteFilters(role)}
      actions={<SiteListActions canCreate={canWriteDustSites(role)} />}
      exporter={dustSiteExporter}
      empty={
        <EmptyState title={translate('app.dustSite.empty')} hint={translate('app.dustSite.emptyHint')} />
      }
      small={
        <SimpleList
          rowClick="show"
          primaryText="%{name}"
          secondaryText="%{enterpriseName} · %{location}"
          tertiaryText={<DustSiteStatusField />}
        />
      }
    >
      <DustSiteColumns />
    </CursorList>
  );
};
