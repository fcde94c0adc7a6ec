import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { InputHelperText, useInput, useResourceContext, useTranslate, useTranslateLabel } from 'react-admin';

interface PlainTextInputProps {
  source: string;
  label?: string;
  type?: 'text' | 'date' | 'tel';
  /** A select of these (names are translation keys or plain text), with 全部 first to clear it. */
  choices?: ReadonlyArray<{ id: string; name: string }>;
  /** Read by react-admin's filter form (always shown, no 添加筛选 entry). */
  alwaysOn?: boolean;
  autoFocus?: boolean;
  fullWidth?: boolean;
  sx?: TextFieldProps['sx'];
  htmlInput?: Record<string, unknown>;
}

/**
 * A react-admin input (text, date or select) drawn with MUI's TextField alone. react-admin 5.15's TextInput,
 * SelectInput and DateInput hand MUI 7 the old `InputProps`/`InputLabelProps` next to `slotProps`, and React
 * logs an error on the page for them; this one passes `slotProps` only. Errors (the API's zod messages, or 必填)
 * show under the field as react-admin's do.
 */
export const PlainTextInput = ({
  source,
  label,
  type = 'text',
  choices,
  alwaysOn: _alwaysOn,
  htmlInput,
  ...props
}: PlainTextInputProps) => {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  const { field, fieldState, id } = useInput({ source });
  const { ref, ...fieldProps } = field;
  return (
    <TextField
      {...props}
      {...fieldProps}
      inputRef={ref}
      id={id}
      value={field.value ?? ''}
      type={choices ? undefined : type}
      select={Boolean(choices)}
      size="small"
      variant="filled"
      label={label ? translate(label, { _: label }) : translateLabel({ source, resource })}
      error={fieldState.invalid}
      helperText={fieldState.error ? <InputHelperText error={fieldState.error.message} /> : undefined}
      slotProps={{ inputLabel: { shrink: type === 'date' ? true : undefined }, htmlInput }}
    >
      {choices && [
        <MenuItem key="" value="">
          {translate('app.message.all')}
        </MenuItem>,
        ...choices.map((choice) => (
          <MenuItem key={choice.id} value={choice.id}>
            {translate(choice.name, { _: choice.name })}
          </MenuItem>
        )),
      ]}
    </TextField>
  );
};
