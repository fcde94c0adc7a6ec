import { List, useTranslate } from 'react-admin';
import { CursorPagination } from '../shared/CursorPagination';
import { EmptyState, ListErrorState } from '../shared/states';
import { HazardTable } from './HazardList';

/** 隐患 of one enterprise: the tab on the enterprise's page. */
export const EnterpriseHazardsTab = ({ enterpriseId }: { enterpriseId: string }) => {
  const translate = useTranslate();
  return (
    <List
      resource="hazards"
      filter={{ enterpriseId }}
      perPage={25}
      pagination={<CursorPagination />}
      actions={false}
      disableSyncWithLocation
      empty={<EmptyState title={translate('app.hazard.tabEmpty')} hint={translate('app.hazard.emptyHint')} />}
      error={<ListErrorState />}
      storeKey={`enterprise-hazards-${enterpriseId}`}
    >
      <HazardTable withEnterprise={false} />
    </List>
  );
};
