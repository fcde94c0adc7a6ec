import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import { useCanAccess, useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider';
import { ConfirmActionButton } from '../shared/ConfirmActionButton';

/** 停用 / 启用 a user (POST /api/users/{id}/status), after a confirmation that names the user. */
export const UserStatusButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'status', record });
  if (!record || !canAccess) return null;
  const disable = record.disabled !== true;
  const action = disable ? 'disable' : 'enable';
  return (
    <ConfirmActionButton
      // a new button when the status flips, so a pending call never shows under the other label
      key={action}
      label={`app.user.status.${action}`}
      icon={disable ? <BlockIcon /> : <CheckCircleOutlinedIcon />}
      color={disable ? 'error' : 'primary'}
      mutationFn={() => dataProvider.setUserDisabled(record.id, disable)}
      title={`app.user.status.${action}Title`}
      content={`app.user.status.${action}Content`}
      translateOptions={{ name: record.name, username: record.username }}
      confirmColor={disable ? 'warning' : 'primary'}
      successMessage={`app.user.status.${action}d`}
      errorMessage={`app.user.status.${action}Failed`}
      messageArgs={{ name: record.name }}
      data-testid={`user-${action}`}
    />
  );
};
