import FilterListIcon from '@mui/icons-material/FilterList';
import { Badge, Button } from '@mui/material';
import type { ReactElement } from 'react';
import { useListContext, useTranslate } from 'react-admin';

/**
 * 筛选 on a phone: shows or hides the list's filters after the first; the badge counts the folded ones in use,
 * so a filtered list never looks like the whole one.
 */
export const FilterToggle = ({
  filters,
  unfolded,
  onToggle,
}: {
  filters: readonly ReactElement[];
  unfolded: boolean;
  onToggle: () => void;
}) => {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const folded = filters.slice(1).map((filter) => (filter.props as { source?: string }).source ?? filter.key);
  const inUse = folded.filter((source) => source && filterValues?.[source] !== undefined).length;
  return (
    <Button
      size="small"
      onClick={onToggle}
      aria-expanded={unfolded}
      data-testid="filter-toggle"
      startIcon={
        <Badge badgeContent={inUse} color="primary">
          <FilterListIcon />
        </Badge>
      }
    >
      {translate('app.layout.filters')}
    </Button>
  );
};
