import type { ReactElement } from 'react';
import { DataTable, SelectInput, SimpleList, useGetIdentity, useTranslate } from 'react-admin';
import { taskKinds, taskStatuses } from '#functions/tasks/domain/kinds';
import type { Task } from '#functions/tasks/schemas';
import type { ConsoleIdentity } from '../auth/authProvider';
import { BeijingDateField } from '../shared/BeijingDateField';
import { CursorList } from '../shared/CursorList';
import { districtChoices, TownSelectInput } from '../shared/orgInputs';
import { EmptyState } from '../shared/states';
import { overdueRowSx, TaskStatusField, TaskSubjectField } from './TaskFields';

const narrow = { minWidth: 140 };
const noWrap = () => ({ whiteSpace: 'nowrap' }) as const;
const choices = (values: readonly string[], prefix: string) =>
  values.map((value) => ({ id: value, name: `app.task.${prefix}.${value}` }));

/** Status, kind; the district sees its towns by level (and town), the city filters by district too. */
function taskFilters(role: ConsoleIdentity['role'] | undefined): ReactElement[] {
  const filters: ReactElement[] = [
    <SelectInput
      key="status"
      source="status"
      choices={choices(taskStatuses, 'status')}
      alwaysOn
      sx={narrow}
    />,
    <SelectInput key="kind" source="kind" choices={choices(taskKinds, 'kind')} alwaysOn sx={narrow} />,
  ];
  if (role === 'cityAdmin')
    filters.push(<SelectInput key="districtId" source="districtId" choices={districtChoices} sx={narrow} />);
  if (role === 'cityAdmin' || role === 'districtAdmin')
    filters.push(
      <SelectInput
        key="level"
        source="level"
        choices={choices(['district', 'town'], 'level')}
        alwaysOn
        sx={narrow}
      />,
      <TownSelectInput key="townId" source="townId" sx={narrow} />,
    );
  return filters;
}

/** 任务: my inbox (the city: every task), open first, the most overdue first, then by due date (the API's order). */
export const TaskList = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return null;
  return (
    <CursorList
      small={
        <SimpleList
          rowClick="show"
          primaryText={(task: Task) => task.title}
          secondaryText={<BeijingDateField source="dueAt" />}
          tertiaryText={<TaskStatusField />}
          rowSx={(task) => overdueRowSx(task as Task)}
        />
      }
      filters={taskFilters((identity as ConsoleIdentity | undefined)?.role)}
      filterDefaultValues={{ status: 'open' }}
      actions={false}
      empty={<EmptyState title={translate('app.task.empty')} hint={translate('app.task.emptyHint')} />}
    >
      <DataTable
        bulkActionButtons={false}
        rowClick={(id) => `/tasks/${id}/show`}
        rowSx={(task) => overdueRowSx(task as Task)}
        size="small"
      >
        <DataTable.Col source="status" disableSort cellSx={noWrap}>
          <TaskStatusField />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="enterpriseId" disableSort>
          <TaskSubjectField />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort cellSx={noWrap} render={(task: Task) => task.kindLabel} />
        <DataTable.Col source="dueAt" disableSort cellSx={noWrap}>
          <BeijingDateField source="dueAt" />
        </DataTable.Col>
      </DataTable>
    </CursorList>
  );
};
