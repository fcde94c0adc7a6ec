import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { IconButton, InputAdornment, Popover, TextField, type TextFieldProps } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useInput, useResourceContext, useTranslate, useTranslateLabel } from 'react-admin';
import { MonthCalendar } from './MonthCalendar';

/**
 * `2026-11-30` from what people type: 2026-11-30, 2026/11/30, 2026.11.30, 20261130 or 2026年11月30日; '' for
 * nothing; null for anything that is not a real day.
 */
export function parseDay(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const parts = /^(\d{4})(?:(\d{2})(\d{2})|[-/.年](\d{1,2})[-/.月](\d{1,2})日?)$/.exec(
    trimmed.replace(/\s/g, ''),
  );
  if (!parts) return null;
  const [year, month, day] = [parts[1], parts[2] ?? parts[4], parts[3] ?? parts[5]].map(Number) as [
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

interface DayInputProps {
  source: string;
  label?: string;
  /** Read by react-admin's filter form. */
  alwaysOn?: boolean;
  sx?: TextFieldProps['sx'];
}

/**
 * A day (YYYY-MM-DD, as the API takes it) typed as 年-月-日 or picked from a Chinese month calendar. The browser's
 * own date input is not used: its placeholder and calendar follow the browser's language (mm/dd/yyyy). The form
 * value changes only to a whole day or to nothing, so a half-typed date never reaches the API.
 */
export const DayInput = ({ source, label, alwaysOn: _alwaysOn, sx }: DayInputProps) => {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  const { field, id } = useInput({ source });
  const value = typeof field.value === 'string' && field.value !== '' ? field.value : null;
  const [text, setText] = useState(value ?? '');
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => setText(value ?? ''), [value]);
  const parsed = parseDay(text);
  const change = (next: string) => {
    setText(next);
    const day = parseDay(next);
    if (day !== null && day !== (value ?? '')) field.onChange(day);
  };
  return (
    <>
      <TextField
        ref={box}
        id={id}
        name={field.name}
        value={text}
        onChange={(event) => change(event.target.value)}
        onBlur={field.onBlur}
        size="small"
        variant="filled"
        sx={sx}
        label={label ? translate(label, { _: label }) : translateLabel({ source, resource })}
        placeholder={translate('app.time.datePlaceholder')}
        error={parsed === null}
        helperText={parsed === null ? translate('app.time.dateFormat') : undefined}
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: { inputMode: 'numeric', autoComplete: 'off' },
          input: {
            endAdornment: (
              <InputAdornment position="end">
                <IconButton
                  size="small"
                  edge="end"
                  aria-label={translate('app.time.pickDate')}
                  onClick={() => setAnchor(box.current)}
                >
                  <CalendarMonthIcon fontSize="small" />
                </IconButton>
              </InputAdornment>
            ),
          },
        }}
      />
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      >
        <MonthCalendar
          value={value}
          onPick={(day) => {
            change(day);
            setAnchor(null);
          }}
        />
      </Popover>
    </>
  );
};
