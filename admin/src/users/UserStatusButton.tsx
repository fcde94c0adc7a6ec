import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlinedIcon from '@mui/icons-material/CheckCircleOutlined';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider';

/** 停用 / 启用 a user (POST /api/users/{id}/status), after a confirmation that names the user. */
export const UserStatusButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'status', record });
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  if (!record || !canAccess) return null;
  const disable = record.disabled !== true;
  const action = disable ? 'disable' : 'enable';

  const confirm = async () => {
    setSaving(true);
    try {
      await dataProvider.setUserDisabled(record.id, disable);
      notify(`app.user.status.${action}d`, { type: 'success', messageArgs: { name: record.name } });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setSaving(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        label={`app.user.status.${action}`}
        color={disable ? 'error' : 'primary'}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
        data-testid={`user-${action}`}
      >
        {disable ? <BlockIcon /> : <CheckCircleOutlinedIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={saving}
        title={`app.user.status.${action}Title`}
        content={`app.user.status.${action}Content`}
        translateOptions={{ name: record.name, username: record.username }}
        confirm={`app.user.status.${action}`}
        confirmColor={disable ? 'warning' : 'primary'}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
