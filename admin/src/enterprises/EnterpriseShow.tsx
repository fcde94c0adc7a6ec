import { Box, Card, CardContent, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import {
  DeleteButton,
  EditButton,
  Labeled,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EnterpriseDustSitesTab } from '../dust-sites/EnterpriseDustSitesTab';
import { EnterpriseAccountsTab } from '../hazards/EnterpriseAccountsTab';
import { EnterpriseHazardsTab } from '../hazards/EnterpriseHazardsTab';
import { EnterpriseRiskPointsTab } from '../risk-points/EnterpriseRiskPointsTab';
import { EnterpriseScansTab } from '../scans/EnterpriseScansTab';
import { BeijingDateField } from '../shared/BeijingDateField';
import { Section } from '../shared/Section';
import { LoadingState, recordErrorProps, ShowErrorState } from '../shared/states';
import { ContactField, FlagsField, GridNameField, StatusField } from './EnterpriseFields';

/** Edit and delete (asks first) for the roles that may; react-admin hides each button for the others. */
const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const tabKeys = ['riskPoints', 'hazards', 'scans', 'dustSites', 'accounts'] as const;
const tabLabel = (key: (typeof tabKeys)[number]) =>
  key === 'dustSites' ? 'app.dustSite.tab' : `app.hazard.enterpriseTabs.${key}`;

/**
 * 风险点, 隐患, 扫码记录, 粉尘场所 (only for an enterprise flagged 涉爆粉尘), 账号 of the enterprise: each tab its own
 * list, read only when it is opened.
 */
const EnterpriseTabs = () => {
  const record = useRecordContext<{ id: string; districtId: string; flags?: string[] }>();
  const translate = useTranslate();
  const [tab, setTab] = useState<(typeof tabKeys)[number]>('riskPoints');
  if (!record) return null;
  const dust = record.flags?.includes('dust') ?? false;
  return (
    <Card sx={{ mt: 2 }}>
      <Tabs value={tab} onChange={(_event, value) => setTab(value)} variant="scrollable">
        {tabKeys
          .filter((key) => dust || key !== 'dustSites')
          .map((key) => (
            <Tab key={key} value={key} label={translate(tabLabel(key))} data-testid={`tab-${key}`} />
          ))}
      </Tabs>
      <CardContent>
        {tab === 'riskPoints' ? <EnterpriseRiskPointsTab enterpriseId={record.id} /> : null}
        {tab === 'hazards' ? <EnterpriseHazardsTab enterpriseId={record.id} /> : null}
        {tab === 'scans' ? <EnterpriseScansTab enterpriseId={record.id} /> : null}
        {tab === 'dustSites' && dust ? <EnterpriseDustSitesTab enterpriseId={record.id} /> : null}
        {tab === 'accounts' ? (
          <EnterpriseAccountsTab enterpriseId={record.id} districtId={record.districtId} />
        ) : null}
      </CardContent>
    </Card>
  );
};

/**
 * One enterprise, every field. Phones are as the API gives them: full for the roles that manage the
 * enterprise, masked for the others. Places are the names the API sends with the record: an enterprise user may
 * not read the town and grid routes, and nobody needs a request per name.
 */
export const EnterpriseShow = () => {
  return (
    <Show
      actions={<ShowActions />}
      loading={<LoadingState />}
      error={<ShowErrorState />}
      {...recordErrorProps}
      component="div"
    >
      <Card>
        <CardContent>
          <Section variant="plain" title="app.enterprise.sections.basic" columns={3}>
            <Labeled source="name">
              <TextField source="name" sx={{ fontWeight: 600 }} />
            </Labeled>
            <Labeled source="creditCode">
              <TextField source="creditCode" sx={{ fontFamily: 'monospace' }} />
            </Labeled>
            <Labeled source="industry">
              <TextField source="industry" />
            </Labeled>
            <Labeled source="status">
              <StatusField />
            </Labeled>
            <Labeled source="flags">
              <FlagsField />
            </Labeled>
          </Section>
          <Section
            variant="plain"
            title="app.enterprise.sections.place"
            columns={3}
            data-testid="enterprise-place"
          >
            <Labeled source="districtName">
              <TextField source="districtName" />
            </Labeled>
            <Labeled source="townName">
              <TextField source="townName" />
            </Labeled>
            <Labeled source="gridName">
              <GridNameField />
            </Labeled>
            <Box sx={{ gridColumn: { md: 'span 3' } }}>
              <Labeled source="address">
                <TextField source="address" emptyText="—" />
              </Labeled>
            </Box>
          </Section>
          <Section variant="plain" title="app.enterprise.sections.people" columns={3}>
            <Labeled source="principal.name">
              <ContactField source="principal" />
            </Labeled>
            <Labeled source="safetyContact.name">
              <ContactField source="safetyContact" />
            </Labeled>
          </Section>
          <Section variant="plain" title="app.enterprise.sections.record" columns={3}>
            <Labeled source="createdAt">
              <BeijingDateField source="createdAt" />
            </Labeled>
            <Labeled source="updatedAt">
              <BeijingDateField source="updatedAt" />
            </Labeled>
          </Section>
        </CardContent>
      </Card>
      <EnterpriseTabs />
    </Show>
  );
};
