import type { ResourceModule } from '../resourceModule';
import { TaskList } from './TaskList';
import { TaskMenuIcon } from './TaskMenuIcon';
import { TaskShow } from './TaskShow';

/** 任务: the inbox of tasks jobs give a town or a district (督促, 现场核查), closed here by the assignee. */
export default {
  list: TaskList,
  show: TaskShow,
  icon: TaskMenuIcon,
  recordRepresentation: (task) => String(task.title ?? task.id),
} satisfies ResourceModule;
