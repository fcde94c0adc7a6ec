import { Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  DateField,
  DeleteButton,
  EditButton,
  Labeled,
  Show,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { DistrictField, GridField, TownField } from '../shared/orgFields';
import { LoadingState, recordErrorProps, ShowErrorState } from '../shared/states';
import { ContactField, FlagsField, StatusField } from './EnterpriseFields';

/** Edit and delete (asks first) for the roles that may; react-admin hides each button for the others. */
const ShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box sx={{ mb: 2 }}>
    <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, color: 'primary.main', mb: 1 }}>
      {title}
    </Typography>
    <Box
      sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' } }}
    >
      {children}
    </Box>
  </Box>
);

/**
 * One enterprise, every field. Phones are as the API gives them: full for the roles that manage the
 * enterprise, masked for the others.
 */
export const EnterpriseShow = () => {
  const translate = useTranslate();
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
          <Section title={translate('app.enterprise.sections.basic')}>
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
          <Section title={translate('app.enterprise.sections.place')}>
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
          <Section title={translate('app.enterprise.sections.people')}>
            <Labeled source="principal.name">
              <ContactField source="principal" />
            </Labeled>
            <Labeled source="safetyContact.name">
              <ContactField source="safetyContact" />
            </Labeled>
          </Section>
          <Section title={translate('app.enterprise.sections.record')}>
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
