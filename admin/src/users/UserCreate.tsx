import { Create } from 'react-admin';
import { UserForm } from './UserForm';
import { toUserCreate, validateUserCreate } from './userInput';

/** 新建用户: the manager hands the initial password over in person. */
export const UserCreate = () => (
  <Create transform={toUserCreate} redirect="list">
    <UserForm mode="create" validate={validateUserCreate} />
  </Create>
);
