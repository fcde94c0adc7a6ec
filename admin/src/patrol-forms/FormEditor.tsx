import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Section } from '../shared/Section';
import { bodyOf, type ItemRow, type PatrolForm, rowsError, rowsOf } from './formsApi';

export interface FormEditorProps {
  /** i18n key of the card's title (市级巡查表, 本辖市（区）增加的检查项). */
  title: string;
  form: PatrolForm;
  /** Whether the caller may save a new version (the city's form: the city only). */
  editable: boolean;
  onSave: (body: ReturnType<typeof bodyOf>) => Promise<PatrolForm>;
}

let serial = 0;

/**
 * A form's items with its version: edit texts, remove and add items, save as the next version. Recorded
 * patrols keep the items they were made with, as the hint says.
 */
export const FormEditor = ({ title, form, editable, onSave }: FormEditorProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [shown, setShown] = useState(form);
  const [rows, setRows] = useState<ItemRow[]>(() => rowsOf(form));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const change = (key: string, text: string) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, text } : row)));
  const save = async () => {
    const invalid = rowsError(rows, shown.formKey);
    if (invalid) return setError(translate(invalid));
    setSaving(true);
    setError(null);
    try {
      const saved = await onSave(bodyOf(rows, shown.version));
      setShown(saved);
      setRows(rowsOf(saved));
      notify('app.patrolForm.saved', { type: 'success', messageArgs: { version: saved.version } });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Section title={title} data-testid={`patrol-form-${shown.formKey}`}>
      <Typography variant="body2" color="text.secondary" data-testid="patrol-form-version">
        {translate('app.patrolForm.version', { version: shown.version })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.patrolForm.keepHint')}
      </Typography>
      {rows.length === 0 ? (
        <Typography sx={{ my: 1 }}>{translate('app.patrolForm.noItems')}</Typography>
      ) : null}
      <Stack spacing={1} sx={{ my: 1 }}>
        {rows.map((row, index) => (
          <Stack key={row.key} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography sx={{ minWidth: 72 }} color="text.secondary">
              {row.itemId ?? translate('app.patrolForm.newItem')}
            </Typography>
            <TextField
              size="small"
              fullWidth
              value={row.text}
              disabled={!editable}
              slotProps={{
                htmlInput: { 'aria-label': translate('app.patrolForm.itemLabel', { n: index + 1 }) },
              }}
              onChange={(event) => change(row.key, event.target.value)}
            />
            {editable ? (
              <IconButton
                aria-label={translate('app.patrolForm.remove')}
                onClick={() => setRows((all) => all.filter((other) => other.key !== row.key))}
              >
                <DeleteIcon />
              </IconButton>
            ) : null}
          </Stack>
        ))}
      </Stack>
      {error ? <Alert severity="error">{error}</Alert> : null}
      {editable ? (
        <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
          <Button
            startIcon={<AddIcon />}
            onClick={() => {
              serial += 1;
              setRows((all) => [...all, { key: `new-${serial}`, text: '' }]);
            }}
          >
            {translate('app.patrolForm.add')}
          </Button>
          <Button variant="contained" disabled={saving} onClick={save}>
            {translate('app.patrolForm.save')}
          </Button>
        </Stack>
      ) : null}
    </Section>
  );
};
