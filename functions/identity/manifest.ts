import {
  changePasswordSchema,
  jwksSchema,
  loginResultSchema,
  loginSchema,
  meSchema,
  openIdConfigurationSchema,
  sessionTokenSchema,
} from '#functions/identity/schemas/auth';
import {
  passwordResetResultSchema,
  userCreateSchema,
  userListQuerySchema,
  userSchema,
  userStatusSchema,
  userUpdateSchema,
} from '#functions/identity/schemas/users';
import { capability, route } from '#functions/platform/manifest-types';
import { everyAccount, managers } from '#functions/platform/roles';
import { idParamsSchema, pageOf } from '#functions/platform/schemas/pagination';

/** Route groups (one Lambda each), routes, jobs and events of the identity capability. */
export const identityManifest = capability({
  groups: {
    auth: {
      description: '登录、当前用户、修改密码、令牌公钥',
      handler: 'identity/handlers/auth',
      // keys: the auth group alone publishes token signing keys; every other verifier only reads them
      grants: { tables: { main: 'readWrite', keys: 'readWrite' } },
    },
    users: {
      description: '用户管理',
      handler: 'identity/handlers/users',
      grants: { tables: { main: 'readWrite', keys: 'read' } },
    },
  },
  routes: [
    route({
      method: 'POST',
      path: '/api/auth/login',
      group: 'auth',
      access: 'public',
      summary:
        '登录（同一地址连续失败 5 次锁定该用户名 15 分钟；同一地址 15 分钟内失败 20 次暂停该地址登录）',
      body: loginSchema,
      response: loginResultSchema,
    }),
    route({
      method: 'GET',
      path: '/api/auth/jwks.json',
      group: 'auth',
      access: 'public',
      summary: '令牌验签公钥（JWKS）',
      response: jwksSchema,
    }),
    route({
      method: 'GET',
      path: '/api/auth/.well-known/openid-configuration',
      group: 'auth',
      access: 'public',
      summary: '令牌签发方信息（供网关 JWT 校验）',
      response: openIdConfigurationSchema,
    }),
    route({
      method: 'GET',
      path: '/api/me',
      group: 'auth',
      access: everyAccount,
      summary: '当前用户',
      response: meSchema,
    }),
    route({
      method: 'POST',
      path: '/api/me/password',
      group: 'auth',
      access: everyAccount,
      summary: '修改本人密码（旧令牌全部失效，返回新令牌）',
      body: changePasswordSchema,
      response: sessionTokenSchema,
    }),
    route({
      method: 'GET',
      path: '/api/users',
      group: 'users',
      access: managers,
      summary: '用户列表',
      query: userListQuerySchema,
      response: pageOf(userSchema),
    }),
    route({
      method: 'POST',
      path: '/api/users',
      group: 'users',
      access: managers,
      summary: '新建用户',
      body: userCreateSchema,
      response: userSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/users/{id}',
      group: 'users',
      access: managers,
      summary: '用户详情',
      params: idParamsSchema,
      response: userSchema,
    }),
    route({
      method: 'PUT',
      path: '/api/users/{id}',
      group: 'users',
      access: managers,
      summary: '修改用户',
      params: idParamsSchema,
      body: userUpdateSchema,
      response: userSchema,
    }),
    route({
      method: 'POST',
      path: '/api/users/{id}/status',
      group: 'users',
      access: managers,
      summary: '停用或启用用户',
      params: idParamsSchema,
      body: userStatusSchema,
      response: userSchema,
    }),
    route({
      method: 'POST',
      path: '/api/users/{id}/password-reset',
      group: 'users',
      access: managers,
      summary: '重置密码（生成一次性临时密码，并解除登录锁定）',
      params: idParamsSchema,
      response: passwordResetResultSchema,
    }),
    route({
      method: 'POST',
      path: '/api/users/{id}/unlock',
      group: 'users',
      access: managers,
      summary: '解除登录锁定',
      params: idParamsSchema,
      response: userSchema,
    }),
  ],
  jobs: [
    {
      name: 'user-name-index',
      description: '账号搜索索引核对：补写缺失的姓名与用户名索引、删除过时的索引',
      cron: '40 3 * * *',
      handler: 'identity/jobs/name-index',
      grants: { tables: { main: 'readWrite' } },
      timeoutSeconds: 900,
    },
  ],
  events: [],
});
