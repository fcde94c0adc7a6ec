import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { quarterParts, recentQuarters } from './quarters';

/** 季度: this quarter (to date) and the seven before it, Beijing time. */
export const QuarterPicker = ({
  value,
  onChange,
}: {
  value: string;
  onChange: (quarter: string) => void;
}) => {
  const translate = useTranslate();
  const quarters = recentQuarters(new Date());
  return (
    <TextField
      select
      size="small"
      label={translate('app.dashboard.period.quarter')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 180, mb: 1.5 }}
      slotProps={{ htmlInput: { 'data-testid': 'quarter-picker' } }}
    >
      {quarters.map((quarter, index) => (
        <MenuItem key={quarter} value={quarter}>
          {translate('app.dashboard.period.quarterName', quarterParts(quarter))}
          {index === 0 && translate('app.dashboard.period.toDate')}
        </MenuItem>
      ))}
    </TextField>
  );
};
