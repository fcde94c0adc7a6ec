import { Alert, Box, Button, CircularProgress, Stack, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { Title, useAuthProvider, useGetIdentity, useNotify, useRedirect, useTranslate } from 'react-admin';
import { changePasswordSchema } from '#functions/identity/schemas/auth';
import { zodFormValidator } from '../forms/zodValidation';
import { Section } from '../shared/Section';
import type { ConsoleAuthProvider, ConsoleIdentity } from './authProvider';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
type Values = Record<Field, string>;

const empty: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

const checkWithApiRules = zodFormValidator(changePasswordSchema, (values) => values);

/** The API's own rules (8+ characters, letters and digits), plus the confirmation matching. */
function problemsOf(values: Values): Partial<Record<Field, string>> {
  const problems = checkWithApiRules(values) as Partial<Record<Field, string>>;
  if (!values.confirmPassword) problems.confirmPassword = 'ra.validation.required';
  else if (values.confirmPassword !== values.newPassword) problems.confirmPassword = 'app.password.mismatch';
  return problems;
}

/**
 * 修改密码 (POST /api/me/password), from the user menu, and forced after a login whose user must change it
 * (first login, or after an administrator reset the password): the layout sends every other page here.
 */
export const ChangePasswordPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const authProvider = useAuthProvider<ConsoleAuthProvider>();
  const { identity, refetch } = useGetIdentity();
  const forced = (identity as ConsoleIdentity | undefined)?.mustChangePassword === true;
  const [values, setValues] = useState<Values>(empty);
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const problems = touched ? problemsOf(values) : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (Object.keys(problemsOf(values)).length > 0 || !authProvider) return;
    setSaving(true);
    setFailure(null);
    try {
      await authProvider.changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      await refetch();
      notify('app.password.saved', { type: 'success' });
      redirect('/');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setSaving(false);
    }
  };

  const input = (field: Field, autoComplete: string) => (
    <TextField
      key={field}
      name={field}
      type="password"
      label={translate(`app.password.${field}`)}
      autoComplete={autoComplete}
      required
      value={values[field]}
      onChange={(event) => setValues({ ...values, [field]: event.target.value })}
      error={Boolean(problems[field])}
      helperText={
        problems[field]
          ? translate(problems[field])
          : field === 'newPassword'
            ? translate('app.password.rules')
            : ' '
      }
      disabled={saving}
    />
  );

  return (
    <Box sx={{ mt: 2, maxWidth: 480 }}>
      <Title title={translate('app.password.title')} />
      <Section title="app.password.title">
        <form onSubmit={submit} noValidate data-testid="change-password-form">
          <Stack spacing={2}>
            {forced && <Alert severity="warning">{translate('app.password.forced')}</Alert>}
            {failure && <Alert severity="error">{failure}</Alert>}
            {input('currentPassword', 'current-password')}
            {input('newPassword', 'new-password')}
            {input('confirmPassword', 'new-password')}
            <Box>
              <Button
                type="submit"
                variant="contained"
                disabled={saving}
                startIcon={saving ? <CircularProgress size={18} color="inherit" /> : undefined}
              >
                {translate('app.password.submit')}
              </Button>
            </Box>
          </Stack>
        </form>
      </Section>
    </Box>
  );
};
