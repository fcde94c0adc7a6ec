import { Edit, ListButton, TopToolbar } from 'react-admin';
import { EditErrorState, LoadingState, recordErrorProps } from '../shared/states';
import { UserForm } from './UserForm';
import { UserPasswordResetButton } from './UserPasswordResetButton';
import { UserStatusButton } from './UserStatusButton';
import { toUserUpdate, validateUserUpdate } from './userInput';

const UserEditActions = () => (
  <TopToolbar>
    <ListButton />
    <UserStatusButton />
    <UserPasswordResetButton />
  </TopToolbar>
);

/** 编辑用户: name, phone, role and scope; 停用/启用 and 重置密码 at the top. Users are never deleted (audit). */
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
