import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { PasswordChangeGuard } from '../auth/PasswordChangeGuard';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';
import { DocumentLocale } from './DocumentLocale';
import { MuiLocale } from './MuiLocale';

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <MuiLocale>
    <Layout appBar={AppBar} menu={AppMenu}>
      <DocumentLocale />
      <PasswordChangeGuard />
      {children}
    </Layout>
  </MuiLocale>
);
