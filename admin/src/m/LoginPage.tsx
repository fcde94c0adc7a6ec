import { type FormEvent, useState } from 'react';
import type { Me } from '#functions/identity/schemas/auth';
import { ApiError, api } from './api/client';
import { writePhoneSession } from './api/session';
import { Shell } from './Shell';

interface LoginResult {
  token: string;
  expiresAt: string;
  user: Me;
}

/** POST /api/auth/login, kept in the console's session keys: one login serves the console and the phone. */
export const LoginPage = ({ onLogin, reason }: { onLogin: () => void; reason?: string }) => {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api<LoginResult>('/auth/login', {
        method: 'POST',
        body: { username: username.trim(), password },
        token: null,
      });
      writePhoneSession(result);
      onLogin();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : '登录失败，请重试');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Shell title="登录后扫码自查" nav={false}>
      <form className="card form" onSubmit={submit} noValidate>
        <h2>账号登录</h2>
        {reason ? <p className="hint">{reason}</p> : null}
        <label>
          用户名
          <input
            name="username"
            autoComplete="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
        </label>
        <label>
          密码
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="button primary" disabled={busy || !username || !password}>
          {busy ? '登录中…' : '登录'}
        </button>
      </form>
    </Shell>
  );
};
