import { createRequire } from 'node:module';
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { AdminContext, type AuthProvider, memoryStore } from 'react-admin';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { i18nProvider } from '../../../../admin/src/i18n';

/** See dashboard-stats.test.tsx: react-admin and the console's files each need a router of their own copy. */
const NodeMemoryRouter = (createRequire(import.meta.url)('react-router') as typeof import('react-router'))
  .MemoryRouter;

export interface ConsoleTextOptions {
  /** The signed-in role (a city admin by default) and its scope. */
  role?: string;
  scope?: Record<string, string>;
  /** Answers already in the query cache, each under its key (what the screen would have fetched). */
  queryData?: readonly (readonly [readonly unknown[], unknown])[];
}

/**
 * `element` rendered on the server inside the console's providers (Chinese, a signed-in identity, a memory
 * router), as the text a reader sees: tags and styles dropped, white space folded. The console's screens are
 * otherwise seen only by the browser tests, which node's coverage cannot count.
 */
export function consoleText(element: ReactElement, options: ConsoleTextOptions = {}): string {
  const { role = 'cityAdmin', scope = {}, queryData = [] } = options;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const identity = { id: 'u1', fullName: '张三', username: 'admin', role, scope, mustChangePassword: false };
  queryClient.setQueryData(['auth', 'getIdentity'], identity);
  for (const [key, answer] of queryData) queryClient.setQueryData([...key], answer);
  const authProvider: AuthProvider = {
    login: async () => undefined,
    logout: async () => undefined,
    checkAuth: async () => undefined,
    checkError: async () => undefined,
    getIdentity: async () => identity,
  };
  const html = renderToStaticMarkup(
    <NodeMemoryRouter>
      <MemoryRouter>
        <AdminContext
          store={memoryStore({ locale: 'zh' })}
          queryClient={queryClient}
          authProvider={authProvider}
          i18nProvider={i18nProvider}
        >
          {element}
        </AdminContext>
      </MemoryRouter>
    </NodeMemoryRouter>,
  );
  return html
    .replace(/<style[^>]*>[^<]*<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Answers fetched under `['dashboard', path]`, as the dashboard's widgets key them. */
export const dashboardData = (answers: Record<string, unknown>) =>
  Object.entries(answers).map(([path, answer]) => [['dashboard', path], answer] as const);
