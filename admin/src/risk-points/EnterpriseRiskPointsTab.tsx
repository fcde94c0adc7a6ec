import { ListBase, useListContext, useTranslate } from 'react-admin';
import { PrintLabelsButton } from '../labels/PrintLabelsButton';
import { CursorPagination } from '../shared/CursorPagination';
import { EmptyState, ListBody } from '../shared/states';
import { RiskPointColumns } from './RiskPointList';

const TabBody = () => {
  const translate = useTranslate();
  const { data, isPending } = useListContext();
  if (!isPending && data?.length === 0)
    return (
      <EmptyState title={translate('app.riskPoint.empty')} hint={translate('app.riskPoint.emptyHint')} />
    );
  return (
    <>
      <PrintLabelsButton />
      <ListBody>
        <RiskPointColumns withEnterprise={false} />
      </ListBody>
      <CursorPagination />
    </>
  );
};

/** The enterprise page's 风险点 tab: its points, most urgent first, overdue tinted, with label printing. */
export const EnterpriseRiskPointsTab = ({ enterpriseId }: { enterpriseId: string }) => (
  <ListBase resource="risk-points" filter={{ enterpriseId }} perPage={25} disableSyncWithLocation>
    <TabBody />
  </ListBase>
);
