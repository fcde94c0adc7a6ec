import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import {
  Alert,
  Avatar,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { LocalesMenuButton, useAuthProvider, useLogin, useTranslate } from 'react-admin';
import type { ConsoleAuthProvider } from './authProvider';

/**
 * 登录: username and password against POST /api/auth/login. Problems are shown in the card itself, in the API's
 * words: wrong password, the lockout after five failures (429), or why the last session ended.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const authProvider = useAuthProvider<ConsoleAuthProvider>();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [touched, setTouched] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<{ severity: 'error' | 'warning'; message: string } | null>(null);

  useEffect(() => {
    const reason = authProvider?.takeLogoutReason?.();
    if (reason) setProblem({ severity: 'warning', message: reason });
  }, [authProvider]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!username.trim() || !password) return;
    setSubmitting(true);
    setProblem(null);
    try {
      await login({ username, password });
    } catch (error) {
      const message =
        error instanceof Error && error.message ? error.message : translate('ra.auth.sign_in_error');
      setProblem({ severity: 'error', message });
      setSubmitting(false);
    }
  };

  const missing = (value: string) => touched && !value.trim();
  return (
    <Box
      sx={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(135deg, #0d47a1 0%, #1565c0 55%, #42a5f5 100%)',
        p: 2,
        position: 'relative',
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8, color: 'common.white' }}>
        <LocalesMenuButton />
      </Box>
      <Card sx={{ width: 400, maxWidth: '100%' }} component="main">
        <CardContent sx={{ p: 4 }}>
          <Stack spacing={1} sx={{ alignItems: 'center', mb: 3 }}>
            <Avatar sx={{ bgcolor: 'primary.main' }}>
              <LockOutlinedIcon />
            </Avatar>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>
              {translate('app.brand')}
            </Typography>
            <Typography color="text.secondary">{translate('app.subtitle')}</Typography>
          </Stack>
          <form onSubmit={submit} noValidate data-testid="login-form">
            <Stack spacing={2}>
              {problem && (
                <Alert severity={problem.severity} data-testid="login-problem">
                  {problem.message}
                </Alert>
              )}
              <TextField
                label={translate('ra.auth.username')}
                name="username"
                autoComplete="username"
                autoFocus
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
                error={missing(username)}
                helperText={missing(username) ? translate('app.auth.usernameRequired') : ' '}
                disabled={submitting}
              />
              <TextField
                label={translate('ra.auth.password')}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                error={missing(password)}
                helperText={missing(password) ? translate('app.auth.passwordRequired') : ' '}
                disabled={submitting}
              />
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={submitting}
                startIcon={submitting ? <CircularProgress size={18} color="inherit" /> : undefined}
              >
                {translate(submitting ? 'app.auth.signingIn' : 'ra.auth.sign_in')}
              </Button>
              <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center' }}>
                {translate('app.auth.help')}
              </Typography>
            </Stack>
          </form>
        </CardContent>
      </Card>
    </Box>
  );
};
