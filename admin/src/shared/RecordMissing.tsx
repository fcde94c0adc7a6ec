import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useCanAccess, useCreatePath, useResourceContext, useTranslate } from 'react-admin';
import { Link } from 'react-router';

/** True for the API's answer to a record that is gone or outside the caller's scope (both are 404 by design). */
export const isMissingRecord = (error: unknown): boolean =>
  (error as { status?: number } | null)?.status === 404;

/**
 * A record that cannot be found: it may not exist, or it is not in the caller's area (the API does not say
 * which, on purpose). Instead of 重试, which cannot help, a way back: the resource's list, or 首页 for a role
 * without one (an enterprise user has no enterprise list).
 */
export const RecordMissing = () => {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
  const createPath = useCreatePath();
  const { canAccess: canList } = useCanAccess({ resource, action: 'list' });
  const back = canList ? createPath({ resource, type: 'list' }) : '/';
  return (
    <Box sx={{ p: 2 }}>
      <Alert
        severity="warning"
        data-testid="record-missing"
        action={
          <Button component={Link} to={back} color="inherit" size="small" startIcon={<ArrowBackIcon />}>
            {translate(canList ? 'app.states.backToList' : 'app.states.backHome')}
          </Button>
        }
      >
        <AlertTitle>{translate('app.states.missingTitle')}</AlertTitle>
        {translate('app.states.missing')}
      </Alert>
    </Box>
  );
};
