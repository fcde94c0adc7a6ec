import AssignmentIcon from '@mui/icons-material/Assignment';
import { Badge } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { taskCounts } from './taskApi';

/**
 * The menu's 任务 icon with the open-task count (red when some are overdue). Read again on every navigation
 * (the location is in the query key; one cheap COUNT route), so completing a task updates it on the next page.
 */
export const TaskMenuIcon = () => {
  const { pathname } = useLocation();
  const { data } = useQuery({
    queryKey: ['task-counts', pathname],
    queryFn: taskCounts,
    staleTime: 0,
    retry: false,
  });
  return (
    <Badge
      badgeContent={data?.open ?? 0}
      color={data && data.overdue > 0 ? 'error' : 'primary'}
      max={99}
      data-testid="task-count"
    >
      <AssignmentIcon />
    </Badge>
  );
};
