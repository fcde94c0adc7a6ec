import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useCanAccess, useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider';
import { ConfirmActionButton } from '../shared/ConfirmActionButton';

const beijingTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/**
 * 解除锁定 (POST /api/users/{id}/unlock), after a confirmation that says until when the user is locked. Shown only
 * while the user detail reports a login lock (`lockedUntil`); a password reset unlocks too.
 */
export const UserUnlockButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'unlock', record });
  if (!record || !canAccess || typeof record.lockedUntil !== 'string') return null;
  return (
    <ConfirmActionButton
      label="app.user.unlock.button"
      icon={<LockOpenIcon />}
      mutationFn={() => dataProvider.unlockUser(record.id)}
      title="app.user.unlock.title"
      content="app.user.unlock.content"
      translateOptions={{
        name: record.name,
        username: record.username,
        until: beijingTime.format(new Date(record.lockedUntil)),
      }}
      successMessage="app.user.unlock.done"
      errorMessage="app.user.unlock.failed"
      messageArgs={{ name: record.name }}
      data-testid="user-unlock"
    />
  );
};
