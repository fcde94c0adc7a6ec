import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** 在用 / 已停用 as a chip (retired grey), so that a retired site stands out in any list. */
export const DustSiteStatusField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; status?: string }>();
  if (!record?.status) return null;
  return (
    <Chip
      size="small"
      color={record.status === 'active' ? 'success' : 'default'}
      variant={record.status === 'active' ? 'outlined' : 'filled'}
      label={translate(`app.dustSite.status.${record.status}`)}
      data-testid="dust-site-status"
    />
  );
};
