import { List, useTranslate } from 'react-admin';
import { CursorPagination } from '../shared/CursorPagination';
import { EmptyState, ListErrorState } from '../shared/states';
import { ScanTable } from './ScanList';

/** 扫码记录 of one enterprise, newest first: the tab on the enterprise's page. */
export const EnterpriseScansTab = ({ enterpriseId }: { enterpriseId: string }) => {
  const translate = useTranslate();
  return (
    <List
      resource="scans"
      filter={{ enterpriseId }}
      perPage={25}
      pagination={<CursorPagination />}
      actions={false}
      disableSyncWithLocation
      empty={<EmptyState title={translate('app.scan.tabEmpty')} hint={translate('app.scan.emptyHint')} />}
      error={<ListErrorState />}
      storeKey={`enterprise-scans-${enterpriseId}`}
    >
      <ScanTable withEnterprise={false} />
    </List>
  );
};
