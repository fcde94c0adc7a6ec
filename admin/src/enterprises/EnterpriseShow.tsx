import { Box, Card, CardContent } from '@mui/material';
import { DateField, DeleteButton, EditButton, Labeled, Show, TextField, TopToolbar } from 'react-admin';
import { DistrictField, GridField, TownField } from '../shared/orgFields';
import { Section } from '../shared/Section';
import { LoadingState, recordErrorProps, ShowErrorState } from '../shared/states';
import { ContactField, FlagsField, StatusField } from './EnterpriseFields';

/** Edit and delete (asks first) for the roles that may; react-admin hides each button for the others. */
const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

/**
 * One enterprise, every field. Phones are as the API gives them: full for the roles that manage the
 * enterprise, masked for the others.
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
          <Section variant="plain" title="app.enterprise.sections.place" columns={3}>
            <Labeled source="districtId">
              <DistrictField />
            </Labeled>
            <Labeled source="townId">
              <TownField />
            </Labeled>
            <Labeled source="gridId">
              <GridField />
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
              <DateField source="createdAt" showTime locales="zh-CN" />
            </Labeled>
            <Labeled source="updatedAt">
              <DateField source="updatedAt" showTime locales="zh-CN" />
            </Labeled>
          </Section>
        </CardContent>
      </Card>
    </Show>
  );
};
