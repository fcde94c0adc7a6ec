import { ListItemButton, ListItemText, List as MuiList, Typography } from '@mui/material';
import { useCanAccess, useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { ErrorState, LoadingState } from '../shared/states';

/**
 * 账号 of one enterprise. The users list has no enterprise filter (identity's query takes role, district, town),
 * so this reads the district's enterprise accounts, 100 at most, and keeps the enterprise's: enough for the demo
 * city; an `enterpriseId` filter on GET /api/users would make it exact. Only managers list accounts.
 */
export const EnterpriseAccountsTab = ({
  enterpriseId,
  districtId,
}: {
  enterpriseId: string;
  districtId: string;
}) => {
  const translate = useTranslate();
  const { canAccess, isPending: checking } = useCanAccess({ resource: 'users', action: 'list' });
  const { data, isPending, error, refetch } = useGetList(
    'users',
    { filter: { role: 'enterpriseUser', districtId }, pagination: { page: 1, perPage: 100 } },
    { enabled: canAccess === true },
  );
  if (checking) return <LoadingState />;
  if (!canAccess)
    return <Typography color="text.secondary">{translate('app.hazard.accounts.managersOnly')}</Typography>;
  if (isPending) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={refetch} />;
  const accounts = (data ?? []).filter((user) => user.enterpriseId === enterpriseId);
  if (accounts.length === 0)
    return <Typography color="text.secondary">{translate('app.hazard.accounts.empty')}</Typography>;
  return (
    <MuiList dense data-testid="enterprise-accounts">
      {accounts.map((user) => (
        <ListItemButton key={user.id} component={Link} to={`/users/${user.id}/show`}>
          <ListItemText
            primary={`${user.name}（${user.username}）`}
            secondary={[
              user.phone,
              user.isPrincipal ? translate('app.hazard.accounts.principal') : '',
              user.disabled ? translate('app.user.state.disabled') : '',
            ]
              .filter(Boolean)
              .join(' · ')}
          />
        </ListItemButton>
      ))}
    </MuiList>
  );
};
