import { ThemeProvider } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { createTheme, type Theme } from '@mui/material/styles';
import { type ReactNode, useCallback } from 'react';
import { useLocaleState } from 'react-admin';

/**
 * MUI's built-in texts (pagination and autocomplete labels, "Close", "No options") in the console's language:
 * they are English by default, whatever react-admin's messages say.
 */
export const MuiLocale = ({ children }: { children: ReactNode }) => {
  const [locale] = useLocaleState();
  const withLocale = useCallback(
    (outer: Theme) => createTheme(outer, locale === 'zh' ? zhCN : enUS),
    [locale],
  );
  return <ThemeProvider theme={withLocale}>{children}</ThemeProvider>;
};
