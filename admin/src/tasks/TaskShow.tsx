import { Box, Card, CardContent, Typography } from '@mui/material';
import { Labeled, ReferenceField, Show, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { TaskDetail } from '#functions/tasks/schemas';
import { BeijingDateField } from '../shared/BeijingDateField';
import { Section } from '../shared/Section';
import { LoadingState, recordErrorProps, ShowErrorState } from '../shared/states';
import { CompleteForm } from './CompleteForm';
import { TaskStatusField } from './TaskFields';

const Photos = () => {
  const task = useRecordContext<TaskDetail>();
  const translate = useTranslate();
  if (!task?.photos?.length) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} data-testid="task-photos">
      {task.photos.map((photo) => (
        <a key={photo.photoId} href={photo.url} target="_blank" rel="noreferrer">
          <img
            src={photo.url}
            alt={translate('app.task.complete.photos')}
            style={{ width: 160, maxWidth: '100%', height: 120, objectFit: 'cover', borderRadius: 4 }}
            loading="lazy"
          />
        </a>
      ))}
    </Box>
  );
};

/** The completion once done: result, note, who and when, the photos. */
const Completion = () => {
  const task = useRecordContext<TaskDetail>();
  if (task?.status !== 'done') return <CompleteForm />;
  return (
    <>
      <Labeled source="result">
        <TextField source="resultLabel" />
      </Labeled>
      <Labeled source="note">
        <TextField source="note" />
      </Labeled>
      <Labeled source="completedByName">
        <TextField source="completedByName" />
      </Labeled>
      <Labeled source="completedAt">
        <BeijingDateField source="completedAt" />
      </Labeled>
      <Photos />
    </>
  );
};

const Subject = () => {
  const task = useRecordContext<TaskDetail>();
  if (!task) return null;
  return (
    <Typography component="div" variant="body2">
      <ReferenceField source="enterpriseId" reference="enterprises" />
      {task.siteName ? ` · ${task.siteName}` : ''}
    </Typography>
  );
};

/** One task: what to do, about which enterprise and site, by when; the assignee completes it here. */
export const TaskShow = () => (
  <Show loading={<LoadingState />} error={<ShowErrorState />} {...recordErrorProps} component="div">
    <Card>
      <CardContent>
        <Section variant="plain" title="resources.tasks.name" columns={3}>
          <Labeled source="status">
            <TaskStatusField />
          </Labeled>
          <Labeled source="kind">
            <TextField source="kindLabel" />
          </Labeled>
          <Labeled source="dueAt">
            <BeijingDateField source="dueAt" />
          </Labeled>
          <Labeled source="enterpriseId" label="app.task.subject">
            <Subject />
          </Labeled>
          <Labeled source="createdAt">
            <BeijingDateField source="createdAt" />
          </Labeled>
          <Box sx={{ gridColumn: { md: 'span 3' } }}>
            <Labeled source="title">
              <TextField source="title" />
            </Labeled>
          </Box>
          <Box sx={{ gridColumn: { md: 'span 3' } }}>
            <Labeled source="detail">
              <TextField source="detail" emptyText="—" />
            </Labeled>
          </Box>
        </Section>
        <Section variant="plain" title="app.task.completed">
          <Completion />
        </Section>
      </CardContent>
    </Card>
  </Show>
);
