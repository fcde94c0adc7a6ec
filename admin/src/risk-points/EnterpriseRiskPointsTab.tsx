import { ListBase, useTranslate } from 'react-admin';
import { PrintLabelsButton } from '../labels/PrintLabelsButton';
import { CursorPagination } from '../shared/CursorPagination';
import { EmptyState, ListBody } from '../shared/states';
import { RiskPointColumns } from './RiskPointList';

/** The enterprise page's 风险点 tab: its points, most urgent first, overdue tinted, with label printing. */
export const EnterpriseRiskPointsTab = ({ enterpriseId }: { enterpriseId: string }) => {
  const translate = useTranslate();
  return (
    <ListBase resource="risk-points" filter={{ enterpriseId }} perPage={25} disableSyncWithLocation>
      <PrintLabelsButton />
      <ListBody>
        <RiskPointColumns withEnterprise={false} />
      </ListBody>
      <CursorPagination />
      <EmptyState title={translate('app.riskPoint.empty')} hint={translate('app.riskPoint.emptyHint')} />
    </ListBase>
  );
};
