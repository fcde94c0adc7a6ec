import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { Box, Button, IconButton, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { businessDay } from '#functions/platform/clock';

/** `2026-11-30` from year, month (1-12) and day. */
const isoDay = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The month's days as a Monday-first grid: leading blanks (null), then 1…28-31. */
export function monthGrid(year: number, month: number): (number | null)[] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay(); // 0 = Sunday
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return [...Array<null>((first + 6) % 7).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
}

/**
 * A month of days to pick from, drawn by us rather than the browser's date input (which shows mm/dd/yyyy in an
 * English browser): Chinese month and weekday names, Monday first, today (Beijing) outlined.
 */
export const MonthCalendar = ({ value, onPick }: { value: string | null; onPick: (day: string) => void }) => {
  const translate = useTranslate();
  const today = businessDay(new Date());
  const [year0, month0] = (value ?? today).split('-').map(Number);
  const [shown, setShown] = useState({ year: year0 ?? 2026, month: month0 ?? 1 });
  const move = (step: number) =>
    setShown(({ year, month }) => {
      const index = year * 12 + (month - 1) + step;
      return { year: Math.floor(index / 12), month: (index % 12) + 1 };
    });
  const grid = monthGrid(shown.year, shown.month);
  const blanks = grid.indexOf(1);
  const days = grid.filter((day): day is number => day !== null);
  return (
    <Box sx={{ p: 1.5, width: 280 }} data-testid="month-calendar">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <IconButton size="small" aria-label={translate('app.time.previousMonth')} onClick={() => move(-1)}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography variant="subtitle2">{translate('app.time.month', shown)}</Typography>
        <IconButton size="small" aria-label={translate('app.time.nextMonth')} onClick={() => move(1)}>
          <ChevronRightIcon />
        </IconButton>
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', textAlign: 'center', gap: 0.25 }}>
        {translate('app.time.weekdays')
          .split(',')
          .map((weekday) => (
            <Typography key={weekday} variant="caption" color="text.secondary">
              {weekday}
            </Typography>
          ))}
        {days.map((day) => {
          const iso = isoDay(shown.year, shown.month, day);
          return (
            <Button
              key={iso}
              size="small"
              variant={iso === value ? 'contained' : iso === today ? 'outlined' : 'text'}
              onClick={() => onPick(iso)}
              sx={{ minWidth: 0, px: 0, gridColumnStart: day === 1 ? blanks + 1 : undefined }}
              aria-label={iso}
            >
              {day}
            </Button>
          );
        })}
      </Box>
      <Button size="small" onClick={() => onPick(today)} sx={{ mt: 1 }}>
        {translate('app.time.today')}
      </Button>
    </Box>
  );
};
