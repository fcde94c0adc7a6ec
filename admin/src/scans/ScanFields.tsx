import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Scan } from '#functions/scans/schemas';

/** The four risk colours (重大 red … 低 blue), as the labels print them. */
const levelColours: Record<Scan['level'], string> = {
  red: '#d32f2f',
  orange: '#ef6c00',
  yellow: '#f9a825',
  blue: '#1565c0',
};

export const ScanLevelField = (_props: { label?: string; source?: string }) => {
  const scan = useRecordContext<Scan>();
  const translate = useTranslate();
  if (!scan) return null;
  const colour = levelColours[scan.level];
  return (
    <Chip
      size="small"
      label={translate(`app.scan.level.${scan.level}`)}
      sx={{ bgcolor: colour, color: '#fff' }}
    />
  );
};

export const ScanResultField = (_props: { label?: string; source?: string }) => {
  const scan = useRecordContext<Scan>();
  const translate = useTranslate();
  if (!scan) return null;
  return (
    <Chip
      size="small"
      color={scan.result === 'hazard' ? 'error' : 'success'}
      variant="outlined"
      label={translate(`app.scan.result.${scan.result}`)}
    />
  );
};

/** 逾期扫码 in orange, or nothing: a late scan is the exception worth seeing in a list. */
export const ScanLateField = (_props: { label?: string; source?: string }) => {
  const scan = useRecordContext<Scan>();
  const translate = useTranslate();
  if (!scan) return null;
  return scan.late ? <Chip size="small" color="warning" label={translate('app.scan.late')} /> : null;
};

export const ScanPrincipalField = (_props: { label?: string; source?: string }) => {
  const scan = useRecordContext<Scan>();
  const translate = useTranslate();
  if (!scan) return null;
  return scan.principal ? (
    <Chip size="small" variant="outlined" label={translate('app.scan.principal')} />
  ) : null;
};
