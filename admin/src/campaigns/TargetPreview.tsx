import { Alert, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { districtName } from '#functions/platform/districts';
import { beijingDateTime } from '../shared/beijingTime';
import { campaignApi } from './campaignApi';

const api = campaignApi();

/** Waits for the filter to rest (a user picking several inputs) before counting: one count per settled filter. */
function useSettled<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The builder's live count of the enterprises the filter selects (in the caller's scope), per district; when the
 * server answered from the stats snapshot it says from when (the send records the exact list).
 */
export const TargetPreview = () => {
  const translate = useTranslate();
  const filter = (useWatch({ name: 'filter' }) as Record<string, unknown> | undefined) ?? {};
  const settled = useSettled(JSON.stringify(filter));
  const { data, error, isPending } = useQuery({
    queryKey: ['campaign-targets', 'count', settled],
    queryFn: ({ signal }) => api.count(JSON.parse(settled) as Record<string, unknown>, signal),
    // A filter picked again within a minute is not counted again.
    staleTime: 60_000,
  });
  if (isPending)
    return <Typography color="text.secondary">{translate('app.campaign.previewLoading')}</Typography>;
  if (error)
    return (
      <Alert severity="error">{translate('app.campaign.previewFailed', { message: error.message })}</Alert>
    );
  if (data.total === 0) return <Alert severity="warning">{translate('app.campaign.previewNone')}</Alert>;
  const parts = data.byDistrict.map((row) =>
    translate('app.campaign.previewByDistrict', {
      district: districtName(row.districtId) ?? row.districtId,
      count: row.count,
    }),
  );
  return (
    <Alert severity="info" data-testid="campaign-preview">
      {translate('app.campaign.preview', { count: data.total })}（{parts.join('，')}）
      {data.asOf ? translate('app.campaign.previewAsOf', { at: beijingDateTime(data.asOf) }) : ''}
    </Alert>
  );
};
