import { Box, Typography } from '@mui/material';
import { AppBar as RaAppBar, TitlePortal, useTranslate } from 'react-admin';

/** The brand on the left, then the page title; react-admin's default toolbar adds the language switch. */
export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar>
      <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, mr: 2, whiteSpace: 'nowrap' }}>
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
    </RaAppBar>
  );
};
