import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImportTask } from '../dataProvider';
import { percent } from '../shared/percent';

/**
 * After DONE, the name-search tokens of the new enterprises are still being built (`indexStatus` RUNNING), or
 * their phase stopped and the nightly job completes them (DEFERRED). Nothing when they are all searchable.
 */
export const ImportIndexProgress = ({ task }: { task: ImportTask }) => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.enterprise.import.${key}`, options);
  if (task.status !== 'DONE' || task.indexStatus === 'DONE') return null;
  if (task.indexStatus === 'DEFERRED')
    return (
      <Alert severity="info" data-testid="import-index-deferred">
        {t('indexDeferred', { missing: Math.max(0, task.indexTotal - task.indexed) })}
      </Alert>
    );
  return (
    <Stack spacing={1} data-testid="import-indexing">
      <Typography>{t('indexing', { indexed: task.indexed, total: task.indexTotal })}</Typography>
      <LinearProgress variant="determinate" value={percent(task.indexed, task.indexTotal)} />
      <Typography variant="body2" color="text.secondary">
        {t('indexingHint')}
      </Typography>
    </Stack>
  );
};
