import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { Button, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useGetIdentity, useGetOne, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { districtName } from '#functions/platform/districts';
import { CHANGE_PASSWORD_PATH, type ConsoleIdentity } from '../auth/authProvider';
import { Section } from '../shared/Section';
import { ErrorState, LoadingState } from '../shared/states';

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline' }}>
    <Typography color="text.secondary" sx={{ minWidth: 72, flexShrink: 0 }}>
      {label}
    </Typography>
    <Typography component="div">{children}</Typography>
  </Stack>
);

/** A town's, grid's or enterprise's name, read once; the id while it loads or if it cannot be read. */
const NameOf = ({ reference, id }: { reference: string; id: string }) => {
  const { data } = useGetOne(reference, { id }, { retry: false });
  return <>{(data?.name as string | undefined) ?? id}</>;
};

/** 全市, or the district / town / grid / enterprise the account is limited to, broadest first. */
const Scope = ({ identity }: { identity: ConsoleIdentity }) => {
  const translate = useTranslate();
  const { districtId, townId, gridId, enterpriseId } = identity.scope;
  if (identity.role === 'cityAdmin') return <>{translate('app.user.wholeCity')}</>;
  const parts: ReactNode[] = [];
  if (districtId) parts.push(districtName(districtId) ?? districtId);
  if (townId) parts.push(<NameOf key="town" reference="towns" id={townId} />);
  if (gridId) parts.push(<NameOf key="grid" reference="grids" id={gridId} />);
  if (enterpriseId) parts.push(<NameOf key="enterprise" reference="enterprises" id={enterpriseId} />);
  if (parts.length === 0) return <>—</>;
  return (
    <span data-testid="account-scope">
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts never reorder
        <span key={index}>
          {index > 0 && ' / '}
          {part}
        </span>
      ))}
    </span>
  );
};

/** 我的账号: who is logged in, in which role, over which area; and the way to change the password. */
export const AccountWidget = () => {
  const translate = useTranslate();
  const { identity, isPending, error, refetch } = useGetIdentity();
  const account = identity as ConsoleIdentity | undefined;
  const t = (key: string) => translate(`app.dashboard.account.${key}`);
  return (
    <Section
      title="app.dashboard.account.title"
      icon={<AccountCircleIcon color="primary" />}
      actions={
        account && (
          <Button size="small" component={Link} to={CHANGE_PASSWORD_PATH}>
            {translate('app.password.title')}
          </Button>
        )
      }
      data-testid="account-widget"
      sx={{ height: '100%' }}
    >
      {isPending && <LoadingState />}
      {error && <ErrorState error={error} onRetry={refetch} />}
      {account && (
        <Stack spacing={1.25}>
          <Row label={t('name')}>
            <span data-testid="account-name">{account.fullName}</span>
          </Row>
          <Row label={t('username')}>{account.username}</Row>
          <Row label={t('role')}>
            <span data-testid="account-role">{translate(`app.roles.${account.role}`)}</span>
            {account.isPrincipal && ` · ${t('principal')}`}
          </Row>
          <Row label={t('scope')}>
            <Scope identity={account} />
          </Row>
        </Stack>
      )}
    </Section>
  );
};
