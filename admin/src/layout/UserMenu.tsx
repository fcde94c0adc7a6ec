import PasswordIcon from '@mui/icons-material/Password';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { Logout, UserMenu as RaUserMenu, useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router';
import { CHANGE_PASSWORD_PATH } from '../auth/authProvider';

/** 修改密码, as a menu item that closes the menu when chosen. */
const ChangePasswordItem = forwardRef<HTMLAnchorElement>(function ChangePasswordItem(props, ref) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      ref={ref}
      component={Link}
      to={CHANGE_PASSWORD_PATH}
      onClick={() => userMenu?.onClose()}
      data-testid="menu-change-password"
      {...props}
    >
      <ListItemIcon>
        <PasswordIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('app.password.title')}</ListItemText>
    </MenuItem>
  );
});

/** The app bar's user menu: the user's name (react-admin shows it), 修改密码, 退出登录. */
export const UserMenu = () => (
  <RaUserMenu>
    <ChangePasswordItem />
    <Logout />
  </RaUserMenu>
);
