import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { DistrictProgress } from '#functions/campaigns/schemas';
import { rateText, withTotal } from './format';

/** 各辖市（区）完成率: sent, answered and the rate per district, and the total (live counters, no scan). */
export const ProgressTable = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; status?: string; progress?: DistrictProgress[] }>();
  const rows = record?.progress ?? [];
  if (rows.length === 0)
    return <Typography color="text.secondary">{translate('app.campaign.progressEmpty')}</Typography>;
  const field = (name: string) => translate(`resources.campaigns.fields.${name}`);
  return (
    <Table size="small" data-testid="campaign-progress">
      <TableHead>
        <TableRow>
          <TableCell>{field('districtId')}</TableCell>
          <TableCell align="right">{field('sent')}</TableCell>
          <TableCell align="right">{field('submitted')}</TableCell>
          <TableCell align="right">{field('rate')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {withTotal(rows, translate('app.campaign.total')).map((row) => (
          <TableRow key={row.districtId} data-district={row.districtId}>
            <TableCell>{row.name}</TableCell>
            <TableCell align="right">{row.sent}</TableCell>
            <TableCell align="right">{row.submitted}</TableCell>
            <TableCell align="right">{rateText(row.rate)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
