import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Title, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { LoadingState } from '../shared/states';
import { galleryAction } from './gallery-keys';
import { RejectDialog } from './RejectDialog';
import { ReviewFilters } from './ReviewFilters';
import { ReviewCard } from './ReviewParts';
import { ReviewViewer } from './ReviewViewer';
import {
  type DustReviewFilter,
  type DustReviewItem,
  nextQueued,
  type ReviewDecision,
  readReviewPage,
  sendReview,
} from './reviewApi';

/** How many cards the grid shows in its first row, for ↑ and ↓. */
function columnsOf(grid: HTMLElement | null): number {
  const cards = grid ? Array.from(grid.children) : [];
  const top = (cards[0] as HTMLElement | undefined)?.offsetTop;
  return Math.max(1, cards.filter((card) => (card as HTMLElement).offsetTop === top).length);
}

/** Keys typed into a field, or moving in a select or its open list, are theirs, not the gallery's. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) ||
    target.closest('[role="listbox"], [role="combobox"]') !== null);

/**
 * 照片抽查: the spot-check queue as a photo grid, suspect cleanings first (the API's order). Click a card to see
 * it large; A approves, R asks for the reason and rejects, the arrows move. A decided card stays where it is
 * with its new state until the queue is read again, so the reviewer sees what was done.
 */
export const DustReviewGallery = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const { identity, isPending: identityPending } = useGetIdentity();
  const role = (identity as ConsoleIdentity | undefined)?.role;
  const [filter, setFilter] = useState<DustReviewFilter>({ state: 'queued' });
  const [selected, setSelected] = useState(0);
  const [viewing, setViewing] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [decided, setDecided] = useState<Record<string, Partial<DustReviewItem>>>({});
  const grid = useRef<HTMLDivElement>(null);

  const query = useInfiniteQuery({
    queryKey: ['dust-reviews', filter],
    queryFn: ({ pageParam, signal }) => readReviewPage(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = useMemo(
    () =>
      (query.data?.pages ?? [])
        .flatMap((page) => page.data)
        .map((item) => ({ ...item, ...decided[item.cleaningId] }) as DustReviewItem),
    [query.data, decided],
  );
  const current = items[Math.min(selected, items.length - 1)];

  const onFilter = useCallback((next: DustReviewFilter) => {
    setFilter((before) => (JSON.stringify(before) === JSON.stringify(next) ? before : next));
    setSelected(0);
    setDecided({});
  }, []);

  const review = useMutation({
    mutationFn: ({ item, decision }: { item: DustReviewItem; decision: ReviewDecision }) =>
      sendReview(item.cleaningId, decision),
    onSuccess: (_answer, { item, decision }) => {
      const state: DustReviewItem['state'] = decision.decision === 'approve' ? 'approved' : 'rejected';
      const reason = decision.decision === 'reject' ? decision.reason : undefined;
      setDecided((before) => ({ ...before, [item.cleaningId]: { state, reason } }));
      notify(state === 'approved' ? 'app.dustReview.approved' : 'app.dustReview.rejected', {
        type: 'success',
      });
      setRejecting(false);
      const at = items.findIndex((candidate) => candidate.cleaningId === item.cleaningId);
      const after = items.map((candidate, index) => (index === at ? { ...candidate, state } : candidate));
      setSelected(nextQueued(after, at));
    },
    onError: (error) => {
      // 409 DUST_REVIEW_DONE (someone rejected it first) and the rest: the API's words, then the queue again.
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      setRejecting(false);
      setDecided({});
      void query.refetch();
    },
  });

  const approve = useCallback(
    (item: DustReviewItem | undefined) => {
      if (item && item.state === 'queued' && !review.isPending)
        review.mutate({ item, decision: { decision: 'approve' } });
    },
    [review],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (rejecting || typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const action = galleryAction(event.key, selected, items.length, columnsOf(grid.current));
      if (action.type === 'none') return;
      event.preventDefault();
      setSelected(action.index);
      if (action.type === 'approve') approve(items[action.index]);
      if (action.type === 'reject' && items[action.index]?.state !== 'rejected') setRejecting(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [rejecting, selected, items, approve]);

  useEffect(() => {
    (grid.current?.children[selected] as HTMLElement | undefined)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  if (identityPending) return <LoadingState />;
  return (
    <Box sx={{ p: { xs: 1, md: 2 } }} data-testid="dust-review-gallery">
      <Title title={translate('app.dustReview.title')} />
      <ReviewFilters role={role} initial={{ state: 'queued' }} onChange={onFilter} />
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('app.dustReview.keys')}
      </Typography>
      {query.isPending ? <LoadingState /> : null}
      {query.error ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => void query.refetch()}>
              {translate('app.states.retry')}
            </Button>
          }
        >
          {translate('app.states.error', { message: query.error.message })}
        </Alert>
      ) : null}
      {!query.isPending && !query.error && items.length === 0 ? (
        <Stack spacing={1} sx={{ alignItems: 'center', py: 6 }} data-testid="empty-state">
          <Typography variant="h6" color="text.secondary">
            {translate('app.dustReview.empty')}
          </Typography>
          <Typography color="text.secondary">{translate('app.dustReview.emptyHint')}</Typography>
        </Stack>
      ) : null}
      <Box
        ref={grid}
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fill, minmax(220px, 1fr))' },
        }}
      >
        {items.map((item, index) => (
          <ReviewCard
            key={item.cleaningId}
            item={item}
            selected={index === selected}
            onOpen={() => {
              setSelected(index);
              setViewing(true);
            }}
          />
        ))}
      </Box>
      {query.hasNextPage ? (
        <Box sx={{ textAlign: 'center', mt: 2 }}>
          <Button onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
            {translate('app.dustReview.more')}
          </Button>
        </Box>
      ) : null}
      <ReviewViewer
        item={viewing ? current : undefined}
        pending={review.isPending}
        onClose={() => setViewing(false)}
        onApprove={() => approve(current)}
        onReject={() => setRejecting(true)}
      />
      <RejectDialog
        open={rejecting}
        pending={review.isPending}
        onCancel={() => setRejecting(false)}
        onConfirm={(reason) => {
          if (current) review.mutate({ item: current, decision: { decision: 'reject', reason } });
        }}
      />
    </Box>
  );
};
