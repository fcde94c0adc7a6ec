import { useGetIdentity } from 'react-admin';
import { Navigate, useLocation } from 'react-router';
import { CHANGE_PASSWORD_PATH, type ConsoleIdentity } from './authProvider';

/** Sends a user who must change the password to 修改密码 from every other page until it is done. */
export const PasswordChangeGuard = () => {
  const { identity } = useGetIdentity();
  const location = useLocation();
  const mustChange = (identity as ConsoleIdentity | undefined)?.mustChangePassword === true;
  if (!mustChange || location.pathname === CHANGE_PASSWORD_PATH) return null;
  return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
};
