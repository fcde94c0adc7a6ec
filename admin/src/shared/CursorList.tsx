import { List, type ListProps } from 'react-admin';
import { CursorPagination } from './CursorPagination';
import { EmptyState, ListBody, ListErrorState } from './states';

/**
 * A react-admin List as every supervisor list here wants it: 25 per page, cursor pagination (no totals), our
 * empty and error states, and the body's loading state. Props given override these defaults.
 */
export const CursorList = ({ children, ...props }: ListProps) => (
  <List
    perPage={25}
    pagination={<CursorPagination />}
    empty={<EmptyState />}
    error={<ListErrorState />}
    {...props}
  >
    <ListBody>{children}</ListBody>
  </List>
);
