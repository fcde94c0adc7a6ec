import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { PasswordChangeGuard } from '../auth/PasswordChangeGuard';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';
import { DocumentLocale } from './DocumentLocale';

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={AppBar} menu={AppMenu}>
    <DocumentLocale />
    <PasswordChangeGuard />
    {children}
  </Layout>
);
