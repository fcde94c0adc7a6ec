import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  Labeled,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { HazardDetail } from '#functions/hazards/schemas';
import { BeijingDateField } from '../shared/BeijingDateField';
import { beijingDateTime } from '../shared/beijingTime';
import { Section } from '../shared/Section';
import { LoadingState, recordErrorProps, ShowErrorState } from '../shared/states';
import { HazardLevelField, HazardSourceField, HazardStatusField } from './HazardFields';
import { ReviewButtons } from './ReviewButtons';

const Gallery = () => {
  const hazard = useRecordContext<HazardDetail>();
  const translate = useTranslate();
  if (!hazard) return null;
  if (hazard.photos.length === 0)
    return <Typography color="text.secondary">{translate('app.hazard.noPhotos')}</Typography>;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} data-testid="hazard-photos">
      {hazard.photos.map((photo) => (
        <a key={photo.photoId} href={photo.url} target="_blank" rel="noreferrer">
          <img
            src={photo.url}
            alt={translate(
              photo.purpose === 'rectification'
                ? 'app.hazard.sections.rectification'
                : 'app.hazard.sections.finding',
            )}
            style={{ width: 160, height: 120, objectFit: 'cover', borderRadius: 4 }}
            loading="lazy"
          />
        </a>
      ))}
    </Box>
  );
};

const History = () => {
  const hazard = useRecordContext<HazardDetail>();
  const translate = useTranslate();
  if (!hazard) return null;
  return (
    <Box component="ol" sx={{ pl: 2, m: 0 }} data-testid="hazard-history">
      {hazard.history.map((step) => (
        <li key={`${step.at}-${step.action}`}>
          <Typography variant="body2">
            {beijingDateTime(step.at)} · {translate(`app.hazard.action.${step.action}`)} · {step.byName}
            {step.note ? `：${step.note}` : ''}
          </Typography>
        </li>
      ))}
    </Box>
  );
};

const Rectification = () => {
  const hazard = useRecordContext<HazardDetail>();
  const translate = useTranslate();
  if (!hazard?.rectification)
    return <Typography color="text.secondary">{translate('app.hazard.noRectification')}</Typography>;
  return (
    <>
      <Labeled source="rectification.description">
        <TextField source="rectification.description" />
      </Labeled>
      <Labeled source="rectification.at">
        <BeijingDateField source="rectification.at" />
      </Labeled>
    </>
  );
};

/** One hazard: what was found, its rectification, the photos, the history; a reviewer closes or sends it back. */
export const HazardShow = () => (
  <Show
    actions={
      <TopToolbar>
        <ReviewButtons />
      </TopToolbar>
    }
    loading={<LoadingState />}
    error={<ShowErrorState />}
    {...recordErrorProps}
    component="div"
  >
    <Card>
      <CardContent>
        <Section variant="plain" title="app.hazard.sections.finding" columns={3}>
          <Labeled source="status">
            <HazardStatusField />
          </Labeled>
          <Labeled source="level">
            <HazardLevelField />
          </Labeled>
          <Labeled source="source">
            <HazardSourceField />
          </Labeled>
          <Labeled source="enterpriseId">
            <ReferenceField source="enterpriseId" reference="enterprises" />
          </Labeled>
          <Labeled source="riskPointName">
            <TextField source="riskPointName" emptyText="—" />
          </Labeled>
          <Labeled source="deadline">
            <BeijingDateField source="deadline" />
          </Labeled>
          <Box sx={{ gridColumn: { md: 'span 3' } }}>
            <Labeled source="description">
              <TextField source="description" />
            </Labeled>
          </Box>
          <Labeled source="majorCategory">
            <TextField source="majorCategoryLabel" emptyText="—" />
          </Labeled>
          <Labeled source="rectificationPlan">
            <TextField source="rectificationPlan" emptyText="—" />
          </Labeled>
          <Labeled source="rejectReason">
            <TextField source="rejectReason" emptyText="—" />
          </Labeled>
          <Labeled source="createdByName">
            <TextField source="createdByName" />
          </Labeled>
          <Labeled source="createdAt">
            <BeijingDateField source="createdAt" />
          </Labeled>
          <Labeled source="closedAt">
            <BeijingDateField source="closedAt" />
          </Labeled>
        </Section>
        <Section variant="plain" title="app.hazard.sections.rectification" columns={2}>
          <Rectification />
        </Section>
        <Section variant="plain" title="app.hazard.sections.photos">
          <Gallery />
        </Section>
        <Section variant="plain" title="app.hazard.sections.history">
          <History />
        </Section>
      </CardContent>
    </Card>
  </Show>
);
