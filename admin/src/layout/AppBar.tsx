import { Box, Chip, Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useGetIdentity, useTranslate } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { AppBarTools } from './LocaleSwitch';
import { UserMenu } from './UserMenu';

/** The logged-in user's role, so that a shared screen says whose view it is. */
const RoleChip = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const role = (identity as ConsoleIdentity | undefined)?.role;
  if (!role) return null;
  return (
    <Chip
      data-testid="appbar-role"
      size="small"
      label={translate(`app.roles.${role}`)}
      sx={{
        color: 'inherit',
        borderColor: 'rgba(255,255,255,0.6)',
        mr: 1,
        display: { xs: 'none', sm: 'flex' },
      }}
      variant="outlined"
    />
  );
};

/**
 * The brand on the left, then the page title; on the right the role, the language switch, refresh and the user
 * menu. A phone shows the title without the brand and the language as an icon.
 */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar userMenu={<UserMenu />} toolbar={<AppBarTools />}>
      <Box
        sx={{
          // on a phone the page title alone: the brand pushed it under the language button
          display: { xs: 'none', sm: 'flex' },
          alignItems: 'baseline',
          gap: 1,
          mr: 2,
          whiteSpace: 'nowrap',
        }}
      >
        <Typography component="span" variant="h6" sx={{ fontWeight: 700, letterSpacing: 1 }}>
          {translate('app.brand')}
        </Typography>
        <Typography
          component="span"
          variant="body2"
          sx={{ opacity: 0.85, display: { xs: 'none', md: 'inline' } }}
        >
          {translate('app.subtitle')}
        </Typography>
      </Box>
      <Box component="span" sx={{ opacity: 0.6, mr: 2, display: { xs: 'none', md: 'inline' } }}>
        |
      </Box>
      <TitlePortal />
      <RoleChip />
    </RaAppBar>
  );
};
