import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

interface RuleRecord {
  id: string;
  points?: number;
  pointsMin?: number;
  pointsMax?: number;
  active?: boolean;
}

/** 5 分, or 1–3 分 for a ranged rule. */
export const RulePointsField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<RuleRecord>();
  if (!record) return null;
  if (record.pointsMin !== undefined && record.pointsMax !== undefined)
    return <span>{translate('app.agencyRule.range', { min: record.pointsMin, max: record.pointsMax })}</span>;
  return <span>{translate('app.agencyRule.points', { points: record.points ?? 0 })}</span>;
};

export const RuleActiveField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<RuleRecord>();
  if (record?.active === undefined) return null;
  return (
    <Chip
      size="small"
      color={record.active ? 'success' : 'default'}
      variant="outlined"
      label={translate(`app.agencyRule.active.${record.active}`)}
    />
  );
};
