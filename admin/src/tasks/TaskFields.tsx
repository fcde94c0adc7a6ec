import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Task } from '#functions/tasks/schemas';

/** 待办 / 已办结, with 已超期 and 紧急 chips where they apply (overdue is what the inbox highlights). */
export const TaskStatusField = () => {
  const task = useRecordContext<Task>();
  const translate = useTranslate();
  if (!task) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      <Chip size="small" label={translate(`app.task.status.${task.status}`)} />
      {task.overdue ? (
        <Chip size="small" color="error" label={translate('app.task.overdue')} data-testid="task-overdue" />
      ) : null}
      {task.urgent && task.status === 'open' ? (
        <Chip size="small" color="warning" variant="outlined" label={translate('app.task.urgent')} />
      ) : null}
    </Stack>
  );
};

/** The enterprise (and the site) the task is about, by name when the creator gave one. */
export const TaskSubjectField = () => {
  const task = useRecordContext<Task>();
  if (!task) return null;
  const enterprise = task.enterpriseName ?? task.enterpriseId;
  return <span>{task.siteName ? `${enterprise} · ${task.siteName}` : enterprise}</span>;
};

/** Overdue open rows get a tinted background in the table. */
export const overdueRowSx = (task: Task) =>
  task.overdue ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : {};
