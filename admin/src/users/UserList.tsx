import type { ReactElement } from 'react';
import {
  CreateButton,
  DataTable,
  EditButton,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { roleList } from '../auth/roles';
import { CursorList } from '../shared/CursorList';
import { ListExportButton } from '../shared/ListExportButton';
import { userExporter } from '../shared/listExports';
import { DistrictSelectInput, TownSelectInput } from '../shared/orgInputs';
import { RoleField, UserScopeField, UserStateField } from './UserFields';
import { UserPasswordResetButton } from './UserPasswordResetButton';
import { UserStatusButton } from './UserStatusButton';

const roleChoices = roleList.map((role) => ({ id: role, name: `app.roles.${role}` }));
const stateChoices = [
  { id: 'false', name: 'app.user.state.active' },
  { id: 'true', name: 'app.user.state.disabled' },
];
const narrow = { minWidth: 140 };
const noWrap = () => ({ whiteSpace: 'nowrap' }) as const;

function userFilters(
  role: ConsoleIdentity['role'] | undefined,
  translate: (key: string) => string,
): ReactElement[] {
  const filters: ReactElement[] = [
    <SearchInput key="q" source="q" placeholder={translate('resources.users.fields.q')} alwaysOn />,
    <SelectInput key="role" source="role" choices={roleChoices} alwaysOn sx={narrow} />,
  ];
  if (role === 'cityAdmin')
    filters.push(<DistrictSelectInput key="districtId" clears={['townId']} alwaysOn sx={narrow} />);
  filters.push(
    <TownSelectInput key="townId" alwaysOn sx={narrow} />,
    <SelectInput key="disabled" source="disabled" choices={stateChoices} alwaysOn sx={narrow} />,
  );
  return filters;
}

/** 用户: accounts in the manager's scope, with 停用/启用 and 重置密码 on each row (both ask first). */
export const UserList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  return (
    <CursorList
      small={
        <SimpleList
          rowClick="edit"
          primaryText={(record) => `${record.name}（${record.username}）`}
          secondaryText={
            <>
              <RoleField /> · <UserScopeField />
            </>
          }
          tertiaryText={<UserStateField />}
        />
      }
      filters={userFilters((identity as ConsoleIdentity | undefined)?.role, translate)}
      actions={
        <TopToolbar>
          <CreateButton />
          <ListExportButton />
        </TopToolbar>
      }
      exporter={userExporter}
    >
      <DataTable bulkActionButtons={false} rowClick={false} size="small">
        <DataTable.Col source="username" disableSort />
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="role" disableSort cellSx={noWrap}>
          <RoleField />
        </DataTable.Col>
        <DataTable.Col source="scope" disableSort>
          <UserScopeField />
        </DataTable.Col>
        <DataTable.Col source="phone" disableSort>
          <TextField source="phone" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="disabled" disableSort>
          <UserStateField />
        </DataTable.Col>
        <DataTable.Col align="right" cellSx={noWrap}>
          <EditButton />
          <UserStatusButton />
          <UserPasswordResetButton />
        </DataTable.Col>
      </DataTable>
    </CursorList>
  );
};
