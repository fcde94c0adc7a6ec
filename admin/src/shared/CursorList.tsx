import { Box } from '@mui/material';
import { type ReactElement, type ReactNode, useState } from 'react';
import { List, type ListProps } from 'react-admin';
import { CursorPagination } from './CursorPagination';
import { FilterToggle } from './FilterToggle';
import { EmptyState, ListBody, ListErrorState } from './states';
import { useSmallScreen } from './useSmallScreen';

interface CursorListProps extends ListProps {
  /** What a phone shows instead of the table (a SimpleList): one card per record, nothing wider than the screen. */
  small?: ReactNode;
}

/**
 * A react-admin List as every supervisor list here wants it: 25 per page, cursor pagination (no totals), our
 * empty and error states, and the body's loading state. Props given override these defaults. On a phone the
 * table becomes `small`, and the filters after the first fold behind 筛选 (they keep applying while folded).
 */
export const CursorList = ({ children, small, filters, actions, ...props }: CursorListProps) => {
  const isSmall = useSmallScreen();
  const [unfolded, setUnfolded] = useState(false);
  const foldable = isSmall && Array.isArray(filters) && filters.length > 1;
  const shownFilters = foldable && !unfolded ? (filters as ReactElement[]).slice(0, 1) : filters;
  return (
    <List
      perPage={25}
      pagination={<CursorPagination />}
      empty={<EmptyState />}
      error={<ListErrorState />}
      filters={shownFilters}
      actions={
        foldable ? (
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', width: '100%' }}>
            <FilterToggle
              filters={filters as ReactElement[]}
              unfolded={unfolded}
              onToggle={() => setUnfolded((open) => !open)}
            />
            {actions}
          </Box>
        ) : (
          actions
        )
      }
      {...props}
    >
      <ListBody>{isSmall && small ? small : children}</ListBody>
    </List>
  );
};
