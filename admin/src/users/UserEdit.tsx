import { Edit, ListButton, TopToolbar } from 'react-admin';
import { EditErrorState, LoadingState, recordErrorProps } from '../shared/states';
import { UserForm } from './UserForm';
import { UserPasswordResetButton } from './UserPasswordResetButton';
import { UserStatusButton } from './UserStatusButton';
import { UserUnlockButton } from './UserUnlockButton';
import { toUserUpdate, validateUserUpdate } from './userInput';

const UserEditActions = () => (
  <TopToolbar>
    <ListButton />
    <UserStatusButton />
    <UserPasswordResetButton />
    <UserUnlockButton />
  </TopToolbar>
);

/** 编辑用户: name, phone, role and scope; 停用/启用, 重置密码 and (while locked) 解除锁定 at the top. Users are never deleted (audit). */
export const UserEdit = () => (
  <Edit
    transform={toUserUpdate}
    mutationMode="pessimistic"
    redirect="list"
    actions={<UserEditActions />}
    loading={<LoadingState />}
    error={<EditErrorState />}
    {...recordErrorProps}
  >
    <UserForm mode="edit" validate={validateUserUpdate} />
  </Edit>
);
