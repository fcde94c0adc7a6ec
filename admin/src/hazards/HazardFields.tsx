import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Hazard } from '#functions/hazards/schemas';

const statusColours = { OPEN: 'warning', RECTIFIED: 'info', CLOSED: 'success' } as const;

/** 待整改 / 待验收 / 已闭环, with 已超期 beside an open hazard past its deadline. */
export const HazardStatusField = (_props: { label?: string; source?: string }) => {
  const hazard = useRecordContext<Hazard>();
  const translate = useTranslate();
  if (!hazard) return null;
  return (
    <>
      <Chip
        size="small"
        color={statusColours[hazard.status]}
        label={translate(`app.hazard.status.${hazard.status}`)}
      />
      {hazard.pastDeadline ? (
        <Chip size="small" color="error" sx={{ ml: 0.5 }} label={translate('app.hazard.pastDeadline')} />
      ) : null}
    </>
  );
};

export const HazardLevelField = (_props: { label?: string; source?: string }) => {
  const hazard = useRecordContext<Hazard>();
  const translate = useTranslate();
  if (!hazard) return null;
  return (
    <Chip
      size="small"
      variant={hazard.level === 'major' ? 'filled' : 'outlined'}
      color={hazard.level === 'major' ? 'error' : 'default'}
      label={translate(`app.hazard.level.${hazard.level}`)}
    />
  );
};

export const HazardSourceField = (_props: { label?: string; source?: string }) => {
  const hazard = useRecordContext<Hazard>();
  const translate = useTranslate();
  return hazard ? <span>{translate(`app.hazard.source.${hazard.source}`)}</span> : null;
};
