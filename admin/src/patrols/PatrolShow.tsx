import { Card, CardContent } from '@mui/material';
import { Labeled, ListButton, Show, TextField, TopToolbar } from 'react-admin';
import { BeijingDateField } from '../shared/BeijingDateField';
import { GridField, TownField } from '../shared/orgFields';
import { Section } from '../shared/Section';
import { LoadingState, recordErrorProps, ShowErrorState } from '../shared/states';
import { AnswersField, CodeUseField, HazardsField, PhotosField } from './PatrolFields';

/** One patrol: where and when, the form items as they were, the hazards found, 常安码 use, the photos. */
export const PatrolShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ListButton />
      </TopToolbar>
    }
    loading={<LoadingState />}
    error={<ShowErrorState />}
    {...recordErrorProps}
    component="div"
  >
    <Card>
      <CardContent>
        <Section variant="plain" title="app.patrol.sections.patrol" columns={4}>
          <Labeled source="enterpriseName">
            <TextField source="enterpriseName" />
          </Labeled>
          <Labeled source="at">
            <BeijingDateField source="at" />
          </Labeled>
          <Labeled source="patrolledByName">
            <TextField source="patrolledByName" />
          </Labeled>
          <Labeled source="formVersion">
            <TextField source="formVersion" />
          </Labeled>
          <Labeled source="townId">
            <TownField />
          </Labeled>
          <Labeled source="gridId">
            <GridField />
          </Labeled>
          <Labeled source="note">
            <TextField source="note" emptyText="—" />
          </Labeled>
        </Section>
        <Section variant="plain" title="app.patrol.sections.answers">
          <AnswersField />
        </Section>
        <Section variant="plain" title="app.patrol.sections.hazards">
          <HazardsField />
        </Section>
        <Section variant="plain" title="app.patrol.sections.code">
          <CodeUseField />
        </Section>
        <Section variant="plain" title="app.patrol.sections.photos">
          <PhotosField />
        </Section>
      </CardContent>
    </Card>
  </Show>
);
