import { type Theme, useMediaQuery } from '@mui/material';

/** A phone held upright (below MUI's `sm`, 600 px): lists become one card per record, filters fold away. */
export const useSmallScreen = (): boolean => useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
