import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { districtName } from '#functions/platform/districts';

interface FieldProps {
  label?: string;
  source?: string;
}

/** 已登记 / 暂停 / 已注销 as a chip (suspended amber, deregistered grey). */
export const AgencyStatusField = (_props: FieldProps) => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; status?: string }>();
  if (!record?.status) return null;
  const color =
    record.status === 'registered' ? 'success' : record.status === 'suspended' ? 'warning' : 'default';
  return (
    <Chip
      size="small"
      color={color}
      variant="outlined"
      label={translate(`app.agency.status.${record.status}`)}
      data-testid="agency-status"
    />
  );
};

/** 公告 / 未公告: whether the agency meets the listing rule today (registered, certificate valid, score ≥ 80). */
export const AgencyListedField = (_props: FieldProps) => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; listed?: boolean }>();
  if (record?.listed === undefined) return null;
  return (
    <Chip
      size="small"
      color={record.listed ? 'success' : 'default'}
      variant={record.listed ? 'filled' : 'outlined'}
      label={translate(`app.agency.listed.${record.listed}`)}
      data-testid="agency-listed"
    />
  );
};

export const AgencyTypeField = (_props: FieldProps) => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; type?: string }>();
  return record?.type ? <span>{translate(`app.agency.type.${record.type}`)}</span> : null;
};

/** The districts it works in, by name. */
export const WorkDistrictsField = (_props: FieldProps) => {
  const record = useRecordContext<{ id: string; workDistrictIds?: string[] }>();
  const ids = record?.workDistrictIds ?? [];
  return <span>{ids.length ? ids.map((id) => districtName(id) ?? id).join('、') : '—'}</span>;
};

/** The year's score, with its year (e.g. 92 / 2030). */
export const AgencyScoreField = (_props: FieldProps) => {
  const record = useRecordContext<{ id: string; score?: number; year?: number }>();
  if (record?.score === undefined) return null;
  return <span data-testid="agency-score">{record.score}</span>;
};
