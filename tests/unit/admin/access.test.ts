import { describe, expect, it } from 'vitest';
import { routes } from '#functions/manifest';
import { roles } from '#functions/platform/manifest-types';
import { type ConsoleAction, canRoleAccess, consoleAccess } from '../../../admin/src/auth/access';

/** The API route behind each console page or button. */
const routeOf: Record<string, Partial<Record<ConsoleAction, string>>> = {
  enterprises: {
    list: 'GET /api/enterprises',
    show: 'GET /api/enterprises/{id}',
    create: 'POST /api/enterprises',
    edit: 'PUT /api/enterprises/{id}',
    delete: 'DELETE /api/enterprises/{id}',
    import: 'POST /api/enterprise-imports',
    export: 'POST /api/enterprise-exports',
  },
  towns: {
    list: 'GET /api/towns',
    show: 'GET /api/towns/{id}',
    create: 'POST /api/towns',
    edit: 'PUT /api/towns/{id}',
    delete: 'DELETE /api/towns/{id}',
  },
  grids: {
    list: 'GET /api/grids',
    show: 'GET /api/grids/{id}',
    create: 'POST /api/grids',
    edit: 'PUT /api/grids/{id}',
    delete: 'DELETE /api/grids/{id}',
  },
  districts: { list: 'GET /api/districts' },
  users: {
    list: 'GET /api/users',
    show: 'GET /api/users/{id}',
    create: 'POST /api/users',
    edit: 'PUT /api/users/{id}',
    status: 'POST /api/users/{id}/status',
    resetPassword: 'POST /api/users/{id}/password-reset',
  },
  messages: {
    list: 'GET /api/messages',
    show: 'GET /api/messages/{id}',
    resend: 'POST /api/messages/{id}/resend',
    test: 'POST /api/messages/test',
  },
  audit: { list: 'GET /api/audit' },
};

const consoleEntries = Object.entries(consoleAccess).flatMap(([resource, actions]) =>
  Object.entries(actions).map(([action, allowed]) => ({ resource, action, allowed: allowed ?? [] })),
);

describe('console access', () => {
  it.each(consoleEntries)(
    'never shows $resource $action to a role its API route refuses',
    ({ resource, action, allowed }) => {
      // Prepare
      const key = routeOf[resource]?.[action as ConsoleAction];
      const route = routes.find((candidate) => `${candidate.method} ${candidate.path}` === key);

      // Act
      const apiRoles = route?.access === 'public' ? roles : (route?.access ?? []);

      // Assess
      expect(route, `no manifest route for ${resource} ${action}`).toBeDefined();
      expect(allowed.filter((role) => !apiRoles.includes(role))).toEqual([]);
    },
  );

  it.each([
    ['cityAdmin', ['enterprises', 'towns', 'grids', 'districts', 'users', 'messages', 'audit']],
    ['districtAdmin', ['enterprises', 'towns', 'grids', 'districts', 'users', 'messages', 'audit']],
    ['townOfficer', ['enterprises', 'towns', 'grids']],
    ['gridMember', ['enterprises', 'towns', 'grids']],
    ['enterpriseUser', []],
  ] as const)('gives a %s the menu the issue asks for', (role, menu) => {
    // Act
    const listed = Object.keys(consoleAccess).filter((resource) => canRoleAccess(role, resource, 'list'));

    // Assess
    expect(listed).toEqual(menu);
  });

  it('keeps the registry read-only below the district administrators and the audit log read-only for all', () => {
    // Act
    const writers = roles.filter((role) =>
      ['towns', 'grids', 'enterprises'].some((resource) =>
        ['create', 'edit', 'delete'].some((action) => canRoleAccess(role, resource, action)),
      ),
    );
    const auditWriters = roles.filter((role) =>
      ['create', 'edit', 'delete'].some((action) => canRoleAccess(role, 'audit', action)),
    );

    // Assess
    expect(writers).toEqual(['cityAdmin', 'districtAdmin']);
    expect(auditWriters).toEqual([]);
  });

  it('offers 发送测试短信 to the city administrator only, and 重发 to both managers', () => {
    // Act
    const testers = roles.filter((role) => canRoleAccess(role, 'messages', 'test'));
    const resenders = roles.filter((role) => canRoleAccess(role, 'messages', 'resend'));

    // Assess
    expect(testers).toEqual(['cityAdmin']);
    expect(resenders).toEqual(['cityAdmin', 'districtAdmin']);
  });
});
