import { Stack, Typography } from '@mui/material';
import { CreateButton, ListBase, useGetIdentity, useListContext, useTranslate } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { CursorPagination } from '../shared/CursorPagination';
import { ListBody } from '../shared/states';
import { DustSiteColumns } from './DustSiteList';
import { PrintDustLabelsButton } from './PrintDustLabelsButton';

const TabBody = ({ enterpriseId }: { enterpriseId: string }) => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data, isPending } = useListContext();
  const manager = ['cityAdmin', 'districtAdmin'].includes(
    (identity as ConsoleIdentity | undefined)?.role ?? '',
  );
  // New sites of this enterprise open the create form with the enterprise already chosen.
  const create = manager ? (
    <CreateButton resource="dust-sites" state={{ record: { enterpriseId } }} data-testid="dust-site-create" />
  ) : null;
  // Not the shared EmptyState: its 新建 would not carry the enterprise.
  if (!isPending && data?.length === 0)
    return (
      <Stack spacing={1.5} sx={{ alignItems: 'center', py: 4 }} data-testid="empty-state">
        <Typography variant="h6" color="text.secondary">
          {translate('app.dustSite.empty')}
        </Typography>
        <Typography color="text.secondary">{translate('app.dustSite.emptyHint')}</Typography>
        {create}
      </Stack>
    );
  return (
    <>
      {create}
      <PrintDustLabelsButton />
      <ListBody>
        <DustSiteColumns withEnterprise={false} />
      </ListBody>
      <CursorPagination />
    </>
  );
};

/** The enterprise page's 粉尘场所 tab (enterprises flagged 涉爆粉尘): its sites, with code printing. */
export const EnterpriseDustSitesTab = ({ enterpriseId }: { enterpriseId: string }) => (
  <ListBase resource="dust-sites" filter={{ enterpriseId }} perPage={25} disableSyncWithLocation>
    <TabBody enterpriseId={enterpriseId} />
  </ListBase>
);
