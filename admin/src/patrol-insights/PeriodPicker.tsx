import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { periodOptions } from './rateView';

/** 统计期: this quarter and the three before, this month and the five before (Beijing time). */
export const PeriodPicker = ({ value, onChange }: { value: string; onChange: (period: string) => void }) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={translate('app.patrolRates.period')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 200, mb: 1.5 }}
      slotProps={{ htmlInput: { 'data-testid': 'patrol-period-picker' } }}
    >
      {periodOptions(new Date()).map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {translate(
            option.kind === 'quarter' ? 'app.patrolRates.quarterName' : 'app.patrolRates.monthName',
            option,
          )}
          {option.current && translate('app.patrolRates.toDate')}
        </MenuItem>
      ))}
    </TextField>
  );
};
