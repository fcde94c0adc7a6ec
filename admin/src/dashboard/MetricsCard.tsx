import DownloadIcon from '@mui/icons-material/Download';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import { Button, Stack, Typography } from '@mui/material';
import { type ReactElement, type ReactNode, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { beijingDateTime } from '../shared/beijingTime';
import { Section } from '../shared/Section';
import { ErrorState, LoadingState } from '../shared/states';
import { type ExportSheet, exportSheet } from './exportTable';

/** What a metrics widget knows of its one request (a react-query result fits). */
export interface WidgetQuery {
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** Nothing to show: the job has not run yet (and when it runs), or the area has nothing of the kind. */
export const EmptyWidget = ({ text }: { text: string }) => (
  <Stack direction="row" spacing={1} sx={{ alignItems: 'center', py: 1 }} data-testid="widget-empty">
    <HourglassEmptyIcon color="disabled" />
    <Typography color="text.secondary">{text}</Typography>
  </Stack>
);

/** 数据时间：2026/12/1 10:00:00（北京时间）. */
export const AsOf = ({ at, note }: { at: string | null | undefined; note?: string }) => {
  const translate = useTranslate();
  if (!at) return null;
  return (
    <Typography variant="caption" color="text.secondary" data-testid="widget-as-of">
      {translate('app.dashboard.metrics.asOf', { time: beijingDateTime(at) })}
      {note && ` ${note}`}
    </Typography>
  );
};

/** 导出: the widget's table as XLSX, made in the browser. */
const ExportButton = ({ sheet }: { sheet: () => ExportSheet }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = () => {
    setBusy(true);
    exportSheet(sheet())
      .catch((error: unknown) =>
        notify('app.dashboard.metrics.exportFailed', {
          type: 'error',
          messageArgs: { message: error instanceof Error ? error.message : String(error) },
        }),
      )
      .finally(() => setBusy(false));
  };
  return (
    <Button
      size="small"
      startIcon={<DownloadIcon />}
      onClick={run}
      disabled={busy}
      data-testid="widget-export"
    >
      {translate('app.dashboard.metrics.export')}
    </Button>
  );
};

/**
 * One metrics widget: its card, the states every widget shares (正在加载…, an error with 重试, empty with
 * when the job runs) and 导出 once there are rows. `children` draws the loaded data.
 */
export const MetricsCard = ({
  title,
  icon,
  testId,
  query,
  empty,
  emptyText,
  sheet,
  toolbar,
  wide = false,
  children,
}: {
  title: string;
  icon: ReactElement;
  testId: string;
  query: WidgetQuery;
  /** Loaded, with nothing to show. */
  empty: boolean;
  emptyText: string;
  /** The rows 导出 saves; no button without it. */
  sheet?: () => ExportSheet;
  /** Inputs above the content (the quarter picker), shown in every state. */
  toolbar?: ReactNode;
  /** Spans both columns of the dashboard's grid. */
  wide?: boolean;
  children: () => ReactNode;
}) => {
  const loaded = !query.isPending && !query.error;
  return (
    <Section
      title={title}
      icon={icon}
      data-testid={testId}
      actions={loaded && !empty && sheet ? <ExportButton sheet={sheet} /> : undefined}
      sx={{ height: '100%', minWidth: 0, ...(wide ? { gridColumn: '1 / -1' } : {}) }}
    >
      {toolbar}
      {query.isPending && !query.error && <LoadingState />}
      {query.error ? <ErrorState error={query.error} onRetry={query.refetch} /> : null}
      {loaded && empty && <EmptyWidget text={emptyText} />}
      {loaded && !empty && children()}
    </Section>
  );
};
