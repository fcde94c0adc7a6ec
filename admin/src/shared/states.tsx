import InboxIcon from '@mui/icons-material/Inbox';
import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  CreateButton,
  useCanAccess,
  useEditContext,
  useGetResourceLabel,
  useListContext,
  useResourceContext,
  useShowContext,
  useTranslate,
} from 'react-admin';
import { isMissingRecord, RecordMissing } from './RecordMissing';

/** A spinner and 正在加载…, for lists, records and widgets alike. */
export const LoadingState = ({ label }: { label?: string }) => {
  const translate = useTranslate();
  return (
    <Stack
      direction="row"
      spacing={1.5}
      sx={{ alignItems: 'center', p: 3 }}
      role="status"
      data-testid="loading-state"
    >
      <CircularProgress size={22} />
      <Typography color="text.secondary">{label ?? translate('app.states.loading')}</Typography>
    </Stack>
  );
};

/** 加载失败 with the API's Chinese message and a 重试 button. */
export const ErrorState = ({ error, onRetry }: { error: unknown; onRetry?: () => unknown }) => {
  const translate = useTranslate();
  const message = error instanceof Error ? error.message : String(error ?? '');
  return (
    <Box sx={{ p: 2 }}>
      <Alert
        severity="error"
        data-testid="error-state"
        action={
          onRetry && (
            <Button color="inherit" size="small" onClick={() => void onRetry()}>
              {translate('app.states.retry')}
            </Button>
          )
        }
      >
        {translate('app.states.error', { message })}
      </Alert>
    </Box>
  );
};

export const ListErrorState = () => {
  const { error, refetch } = useListContext();
  return <ErrorState error={error} onRetry={refetch} />;
};

/** A record page's error: 找不到这条记录 and the way back for a 404 (gone or out of scope), else 重试. */
export const ShowErrorState = () => {
  const { error, refetch } = useShowContext();
  if (isMissingRecord(error)) return <RecordMissing />;
  return <ErrorState error={error} onRetry={refetch} />;
};

export const EditErrorState = () => {
  const { error, refetch } = useEditContext();
  if (isMissingRecord(error)) return <RecordMissing />;
  return <ErrorState error={error} onRetry={refetch} />;
};

/**
 * A list with nothing in it yet: 暂无<name> (or `title`), a hint, and the create button (plus `actions`, e.g. 导入) when the
 * role may create.
 */
export const EmptyState = ({
  title,
  hint,
  actions,
}: {
  /** Instead of 暂无<name>, where the resource's name does not read well after 暂无 (消息中心 → 暂无消息). */
  title?: string;
  hint?: string;
  actions?: ReactNode;
}) => {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
  const getResourceLabel = useGetResourceLabel();
  const { canAccess: canCreate } = useCanAccess({ action: 'create', resource });
  return (
    <Stack spacing={1.5} sx={{ alignItems: 'center', py: 6, px: 2, width: '100%' }} data-testid="empty-state">
      <InboxIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" color="text.secondary">
        {title ?? translate('ra.page.empty', { name: getResourceLabel(resource, 2) })}
      </Typography>
      {hint && <Typography color="text.secondary">{hint}</Typography>}
      <Stack direction="row" spacing={1}>
        {canCreate && <CreateButton variant="contained" />}
        {actions}
      </Stack>
    </Stack>
  );
};

/** The table once the first page has arrived; before that, 正在加载… instead of a grey skeleton. */
export const ListBody = ({ children }: { children: ReactNode }) => {
  const { isPending, error } = useListContext();
  if (isPending && !error) return <LoadingState />;
  return <>{children}</>;
};

/**
 * For Show and Edit: a record that cannot be read stays on its page instead of react-admin's "does not exist"
 * and a jump to the list (which an enterprise user may not even open): out of scope or gone (404) says so, with
 * a way back; the API failing shows its words and 重试.
 */
export const recordErrorProps = {
  redirectOnError: false,
  queryOptions: { onError: () => undefined },
} as const;
