import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import { Stack, Typography } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { StatsSnapshot } from '#functions/stats/schemas';
import { beijingDateTime } from '../shared/beijingTime';
import { Section } from '../shared/Section';
import { ErrorState, LoadingState } from '../shared/states';
import { useStats } from './useStats';

/** 统计尚未生成，每 10 分钟更新: before the stats job's first run. */
const NotYet = ({ minutes }: { minutes: number }) => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', py: 1 }} data-testid="stats-empty">
      <HourglassEmptyIcon color="disabled" />
      <Typography color="text.secondary">{translate('app.dashboard.stats.empty', { minutes })}</Typography>
    </Stack>
  );
};

/** 统计时间 …（北京时间），每 10 分钟更新. */
export const StatsTime = ({ generatedAt, minutes }: { generatedAt: string; minutes: number }) => {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary" data-testid="stats-time">
      {translate('app.dashboard.stats.generatedAt', { time: beijingDateTime(generatedAt), minutes })}
    </Typography>
  );
};

/**
 * One stats widget: its card, and the loading, error and not-yet-computed states every stats widget shares;
 * `children` draws the snapshot. `shows` leaves the widget out for a snapshot it has nothing to say about.
 */
export const StatsCard = ({
  title,
  icon,
  testId,
  shows,
  children,
}: {
  title: string;
  icon: ReactElement;
  testId: string;
  shows?: (snapshot: StatsSnapshot) => boolean;
  children: (snapshot: StatsSnapshot, minutes: number) => ReactNode;
}) => {
  const { data, error, isPending, refetch, allowed } = useStats();
  if (!allowed) return null;
  if (data?.snapshot && shows && !shows(data.snapshot)) return null;
  return (
    <Section title={title} icon={icon} data-testid={testId} sx={{ height: '100%', minWidth: 0 }}>
      {isPending && <LoadingState />}
      {error && <ErrorState error={error} onRetry={refetch} />}
      {data && !data.snapshot && <NotYet minutes={data.refreshMinutes} />}
      {data?.snapshot && children(data.snapshot, data.refreshMinutes)}
    </Section>
  );
};
