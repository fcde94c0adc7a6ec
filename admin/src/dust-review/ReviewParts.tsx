import { Box, Card, CardActionArea, CardContent, Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { suspectLabelsOf } from './gallery-keys';
import type { DustReviewItem } from './reviewApi';

const stateColour = { queued: 'default', approved: 'success', rejected: 'error' } as const;

/** 待审核 / 已通过 / 已驳回. */
export const ReviewStateChip = ({ state }: { state: DustReviewItem['state'] }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={stateColour[state]}
      label={translate(`app.dustReview.state.${state}`)}
      data-testid="dust-review-state"
    />
  );
};

/** 可疑 with its reasons (同一照片, 拍摄时间异常, 相似照片), written out, not only in a tooltip. */
export const SuspectChip = ({ item }: { item: DustReviewItem }) => {
  const translate = useTranslate();
  if (!item.suspect) return null;
  const reasons = suspectLabelsOf(item.suspectReasons ?? []).join('、');
  return (
    <Tooltip title={reasons}>
      <Chip
        size="small"
        color="warning"
        label={
          reasons ? `${translate('app.dustReview.suspect')}：${reasons}` : translate('app.dustReview.suspect')
        }
        data-testid="dust-review-suspect"
      />
    </Tooltip>
  );
};

/** One cleaning in the grid: its first photo, the site, the day, the flags; the selected one is outlined. */
export const ReviewCard = ({
  item,
  selected,
  onOpen,
}: {
  item: DustReviewItem;
  selected: boolean;
  onOpen: () => void;
}) => {
  const translate = useTranslate();
  const first = item.photos[0];
  return (
    <Card
      variant="outlined"
      data-testid="dust-review-item"
      data-state={item.state}
      aria-selected={selected}
      sx={{ borderWidth: 2, borderColor: selected ? 'primary.main' : 'divider' }}
    >
      <CardActionArea onClick={onOpen} aria-label={`${translate('app.dustReview.open')}：${item.siteName}`}>
        <Box
          sx={{
            height: 160,
            bgcolor: 'grey.100',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          {first ? (
            <img
              src={first.url}
              alt={item.siteName}
              loading="lazy"
              style={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }}
            />
          ) : null}
        </Box>
        <CardContent sx={{ p: 1.5 }}>
          <Typography variant="subtitle2" noWrap>
            {item.siteName}
          </Typography>
          <Typography variant="body2" color="text.secondary" noWrap>
            {item.enterpriseName}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {item.day} · {translate('app.dustReview.photoCount', { count: item.photos.length })}
          </Typography>
          <Stack direction="row" spacing={0.5} sx={{ mt: 1, flexWrap: 'wrap', gap: 0.5 }}>
            <ReviewStateChip state={item.state} />
            <SuspectChip item={item} />
          </Stack>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};
