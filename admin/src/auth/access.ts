import type { Role } from '#functions/platform/manifest-types';

/** What a console page or button does; react-admin asks `canAccess({ action, resource })` before showing it. */
export type ConsoleAction =
  | 'list'
  | 'show'
  | 'create'
  | 'edit'
  | 'delete'
  | 'import'
  | 'export'
  | 'status'
  | 'resetPassword'
  | 'resend'
  | 'test';

const everyone: readonly Role[] = [
  'cityAdmin',
  'districtAdmin',
  'townOfficer',
  'gridMember',
  'enterpriseUser',
];
const supervisors: readonly Role[] = ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember'];
const managers: readonly Role[] = ['cityAdmin', 'districtAdmin'];

/**
 * Who sees which page and button. It never grants more than the API route behind it allows (a unit test holds
 * it to functions/manifest.ts); it may show less, where the issue's menu asks for less: enterprise users reach
 * their own enterprise from "本企业" rather than from a one-line list, and 辖市（区） is a managers' page.
 */
export const consoleAccess: Readonly<Record<string, Partial<Record<ConsoleAction, readonly Role[]>>>> = {
  enterprises: {
    list: supervisors,
    show: everyone,
    create: managers,
    edit: managers,
    delete: managers,
    import: managers,
    export: supervisors,
  },
  towns: { list: supervisors, show: supervisors, create: managers, edit: managers, delete: managers },
  grids: { list: supervisors, show: supervisors, create: managers, edit: managers, delete: managers },
  districts: { list: managers },
  users: {
    list: managers,
    show: managers,
    create: managers,
    edit: managers,
    status: managers,
    resetPassword: managers,
  },
  messages: { list: managers, show: managers, resend: managers, test: ['cityAdmin'] },
  audit: { list: managers },
};

export function canRoleAccess(role: Role | undefined, resource: string, action: string): boolean {
  if (!role) return false;
  const roles = consoleAccess[resource]?.[action as ConsoleAction];
  return roles?.includes(role) ?? false;
}
