import type { Theme } from '@mui/material';
import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** Chinese UI fonts first: Windows (YaHei) on most bureau desktops, then macOS and Linux. */
const fontFamily = [
  '"Microsoft YaHei"',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Noto Sans CJK SC"',
  '"Source Han Sans SC"',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(',');

/** react-admin's default theme in the bureau's blue, with a narrower sidebar so 1366×768 keeps room for tables. */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    primary: { main: '#0d47a1' },
    secondary: { main: '#1565c0' },
    background: { default: '#f4f6f8' },
  },
  typography: { ...defaultTheme.typography, fontFamily },
  sidebar: { width: 200, closedWidth: 50 },
  components: {
    ...defaultTheme.components,
    // react-admin's layout is `min-width: fit-content`, and its frames are flex items that grow with their
    // content: one wide table (a message's attempts) made a phone's whole page 542 px wide. On phones the page
    // keeps the screen's width and wide parts scroll in their own box.
    RaLayout: {
      styleOverrides: {
        root: ({ theme }: { theme: Theme }) => ({
          [theme.breakpoints.down('sm')]: {
            minWidth: 0,
            '& .RaLayout-appFrame, & .RaLayout-contentWithSidebar, & .RaLayout-content': { minWidth: 0 },
          },
        }),
      },
    },
    // a record page's card is a flex item too
    RaShow: { styleOverrides: { root: { '& .RaShow-card': { minWidth: 0 } } } },
    RaEdit: { styleOverrides: { root: { '& .RaEdit-card': { minWidth: 0 } } } },
    RaCreate: { styleOverrides: { root: { '& .RaCreate-card': { minWidth: 0 } } } },
  },
};
