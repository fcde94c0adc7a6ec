import { Box, Chip, type SxProps } from '@mui/material';
import { type RaRecord, useRecordContext, useTranslate } from 'react-admin';
import { levelColours } from './levels';

interface PointRecord {
  level?: string;
  overdue?: boolean;
  status?: string;
}

/** The level as its colour bar and name (重大风险 red … 低风险 blue). */
export const RiskLevelField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<PointRecord & { id: string }>();
  if (!record?.level) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <Box
        component="span"
        sx={{ width: 6, height: 18, borderRadius: 1, bgcolor: levelColours[record.level] }}
      />
      {translate(`app.riskPoint.level.${record.level}`)}
    </Box>
  );
};

/** 已逾期 in red for an overdue point, 已停用 for a retired one, nothing otherwise. */
export const OverdueField = (_props: { label?: string; source?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext<PointRecord & { id: string }>();
  if (!record) return null;
  if (record.status === 'retired')
    return <Chip size="small" label={translate('app.riskPoint.status.retired')} />;
  return record.overdue ? (
    <Chip size="small" color="error" label={translate('app.riskPoint.overdue')} data-testid="overdue-chip" />
  ) : null;
};

/** Overdue rows are tinted, so that they stand out in any list of points. */
export const overdueRowSx = (record: RaRecord): SxProps =>
  record.overdue === true ? { backgroundColor: 'rgba(211, 47, 47, 0.08)' } : {};
