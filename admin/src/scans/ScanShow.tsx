import { Card, CardContent, Chip, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import {
  Labeled,
  ListButton,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link as RouterLink } from 'react-router';
import type { Scan } from '#functions/scans/schemas';
import { BeijingDateField } from '../shared/BeijingDateField';
import { DistrictField, TownField } from '../shared/orgFields';
import { Section } from '../shared/Section';
import { LoadingState, recordErrorProps, ShowErrorState } from '../shared/states';
import { ScanLateField, ScanLevelField, ScanPrincipalField, ScanResultField } from './ScanFields';

const answerColours = { pass: 'success', fail: 'error', na: 'default' } as const;

/** Each checklist item as it was answered (符合 / 不符合 / 不涉及). */
const AnswersField = (_props: { label?: string }) => {
  const scan = useRecordContext<Scan>();
  const translate = useTranslate();
  if (!scan) return null;
  if (scan.answers.length === 0)
    return <Typography color="text.secondary">{translate('app.scan.noAnswers')}</Typography>;
  return (
    <List dense data-testid="scan-answers">
      {scan.answers.map((answer) => (
        <ListItem key={answer.itemId} disableGutters>
          <ListItemText primary={answer.text || answer.itemId} />
          <Chip
            size="small"
            color={answerColours[answer.answer]}
            label={translate(`app.scan.answer.${answer.answer}`)}
          />
        </ListItem>
      ))}
    </List>
  );
};

/** The hazard this scan created, linked to its page. */
const HazardLink = (_props: { label?: string }) => {
  const scan = useRecordContext<Scan>();
  const translate = useTranslate();
  if (!scan?.hazardId) return <span>—</span>;
  return (
    <Link component={RouterLink} to={`/hazards/${scan.hazardId}/show`}>
      {translate('app.scan.hazardLink')}
    </Link>
  );
};

/** One scan: the point, who scanned it and when (server time, Beijing), lateness, the answers, its hazard. */
export const ScanShow = () => (
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
        <Section variant="plain" title="app.scan.sections.point" columns={4}>
          <Labeled source="enterpriseName">
            <TextField source="enterpriseName" />
          </Labeled>
          <Labeled source="riskPointName">
            <TextField source="riskPointName" />
          </Labeled>
          <Labeled source="level">
            <ScanLevelField />
          </Labeled>
          <Labeled source="className">
            <TextField source="className" />
          </Labeled>
          <Labeled source="location">
            <TextField source="location" />
          </Labeled>
          <Labeled source="districtId">
            <DistrictField />
          </Labeled>
          <Labeled source="townId">
            <TownField />
          </Labeled>
        </Section>
        <Section variant="plain" title="app.scan.sections.scan" columns={4}>
          <Labeled source="scannedAt">
            <BeijingDateField source="scannedAt" />
          </Labeled>
          <Labeled source="dueAt">
            <BeijingDateField source="dueAt" />
          </Labeled>
          <Labeled source="late">
            <ScanLateField />
          </Labeled>
          <Labeled source="userName">
            <TextField source="userName" />
          </Labeled>
          <Labeled source="principal">
            <ScanPrincipalField />
          </Labeled>
          <Labeled source="result">
            <ScanResultField />
          </Labeled>
          <Labeled label="app.scan.hazardLink">
            <HazardLink />
          </Labeled>
        </Section>
        <Section variant="plain" title="app.scan.sections.answers">
          <AnswersField />
        </Section>
      </CardContent>
    </Card>
  </Show>
);
