import { TablePagination } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';
import { useSmallScreen } from './useSmallScreen';

const rowsPerPageOptions = [10, 25, 50, 100];

/**
 * Previous / next over the API's cursors, with no total (DynamoDB has none). On the last page the count is
 * what was read; before it, 第 x-y 条 and "more". react-admin's own pagination counts a short last page as full.
 */
export const CursorPagination = () => {
  const translate = useTranslate();
  const small = useSmallScreen(); // no room for 每页行数 on a phone
  const { page, perPage, data, hasNextPage, hasPreviousPage, isPending, setPage, setPerPage } =
    useListContext();
  if (isPending || (page === 1 && !hasNextPage && !data?.length)) return null;
  const count = hasNextPage ? -1 : (page - 1) * perPage + (data?.length ?? 0);
  return (
    <TablePagination
      component="div"
      count={count}
      page={page - 1}
      rowsPerPage={perPage}
      rowsPerPageOptions={small ? [] : rowsPerPageOptions}
      onPageChange={(_event, next) => setPage(next + 1)}
      onRowsPerPageChange={(event) => setPerPage(Number(event.target.value))}
      labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
      // MUI's own labels are English ("Go to next page"): screen readers read these
      getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
      labelDisplayedRows={({ from, to }) =>
        hasNextPage
          ? translate('ra.navigation.partial_page_range_info', { offsetBegin: from, offsetEnd: to })
          : translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
      }
      slotProps={{
        actions: {
          previousButton: { disabled: !hasPreviousPage, title: translate('ra.navigation.previous') },
          nextButton: { disabled: !hasNextPage, title: translate('ra.navigation.next') },
        },
      }}
    />
  );
};
