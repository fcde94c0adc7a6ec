import { capability, route } from '#functions/platform/manifest-types';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';
import {
  completeSchema,
  taskCountsSchema,
  taskDetailSchema,
  taskListQuerySchema,
  taskSchema,
} from '#functions/tasks/schemas';

/** Who works tasks: the levels tasks are given to, and the city that oversees them (grid, enterprise: none). */
const taskRoles = ['cityAdmin', 'districtAdmin', 'townOfficer'] as const;

/** Route groups, routes, jobs and events of the tasks capability (任务: created by jobs, closed by assignees). */
export const tasksManifest = capability({
  groups: {
    tasks: {
      description: '任务（督促、现场核查等待办）',
      handler: 'tasks/handler',
      // photos read: the detail's presigned GET links of completion photos are signed with this role.
      grants: { tables: { main: 'readWrite', keys: 'read' }, buckets: { photos: 'read' } },
    },
  },
  routes: [
    route({
      method: 'GET',
      path: '/api/tasks',
      group: 'tasks',
      access: taskRoles,
      summary: '任务列表（我的待办或辖区全部；按状态、类型、层级、辖市（区）、镇筛选；超期在前）',
      query: taskListQuerySchema,
      response: pageOf(taskSchema),
    }),
    route({
      method: 'GET',
      path: '/api/task-counts',
      group: 'tasks',
      access: taskRoles,
      summary: '我的待办任务数与超期数（菜单角标）',
      response: taskCountsSchema,
    }),
    route({
      method: 'GET',
      path: '/api/tasks/{id}',
      group: 'tasks',
      access: taskRoles,
      summary: '任务详情（对象企业/场所、办结结果与照片）',
      params: idParamsSchema,
      response: taskDetailSchema,
    }),
    route({
      method: 'POST',
      path: '/api/tasks/{id}/complete',
      group: 'tasks',
      // The city may call it and finds no task of its own (404 in the store): only the assignee closes a task.
      access: taskRoles,
      summary: '被指派单位办结任务（现场核查须填写现场结果并上传至少 1 张照片）',
      params: idParamsSchema,
      body: completeSchema,
      response: taskSchema,
    }),
  ],
  jobs: [],
  events: [],
});
