import {
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextInput,
  useGetIdentity,
  type ValidateForm,
} from 'react-admin';
import type { Role } from '#functions/platform/manifest-types';
import type { ConsoleIdentity } from '../auth/authProvider';
import { roleList } from '../auth/roles';
import { Section } from '../shared/Section';
import { UserScopeInputs } from './UserScopeInputs';

/**
 * Roles a manager may give: the city bureau any; a district administrator only the roles under it, in its
 * district (peers and the city bureau are the city's call).
 */
export function assignableRoles(manager: Role | undefined): Role[] {
  if (manager === 'cityAdmin') return roleList;
  if (manager === 'districtAdmin') return ['townOfficer', 'gridMember', 'enterpriseUser'];
  return [];
}

/** 新建用户 and 编辑用户: the account, then the role and the scope it needs. */
export const UserForm = ({ mode, validate }: { mode: 'create' | 'edit'; validate: ValidateForm }) => {
  const { identity } = useGetIdentity();
  const me = identity as ConsoleIdentity | undefined;
  const roleChoices = assignableRoles(me?.role).map((role) => ({ id: role, name: `app.roles.${role}` }));
  const ownDistrict = me?.role === 'districtAdmin' ? me.scope.districtId : undefined;
  return (
    <SimpleForm
      validate={validate}
      defaultValues={mode === 'create' ? { districtId: ownDistrict, isPrincipal: false } : undefined}
      sx={{ maxWidth: 560 }}
    >
      <Section variant="plain" title="app.user.sections.account" inputs>
        {mode === 'create' ? (
          <TextInput source="username" isRequired helperText="app.user.usernameHelp" autoComplete="off" />
        ) : (
          <TextInput source="username" disabled />
        )}
        {mode === 'create' && (
          <PasswordInput
            source="password"
            isRequired
            helperText="app.password.rules"
            autoComplete="new-password"
          />
        )}
        <TextInput source="name" isRequired />
        <TextInput source="phone" isRequired />
      </Section>
      <Section variant="plain" title="app.user.sections.scope" inputs>
        <SelectInput source="role" choices={roleChoices} isRequired />
        <UserScopeInputs />
      </Section>
    </SimpleForm>
  );
};
