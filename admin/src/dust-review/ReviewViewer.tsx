import CloseIcon from '@mui/icons-material/Close';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  Stack,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { districtName } from '#functions/platform/districts';
import { useSmallScreen } from '../shared/useSmallScreen';
import { ReviewStateChip, SuspectChip } from './ReviewParts';
import type { DustReviewItem } from './reviewApi';

/**
 * The selected cleaning large: every photo at full width, the site, the flags and the decision so far, with
 * 通过 and 驳回. The gallery's keys keep working while it is open (A, R, arrows move to the next card).
 */
export const ReviewViewer = ({
  item,
  pending,
  onClose,
  onApprove,
  onReject,
}: {
  item: DustReviewItem | undefined;
  pending: boolean;
  onClose: () => void;
  onApprove: () => void;
  onReject: () => void;
}) => {
  const translate = useTranslate();
  // On a phone the photo gets the whole screen.
  const fullScreen = useSmallScreen();
  return (
    <Dialog open={item !== undefined} onClose={onClose} maxWidth="md" fullWidth fullScreen={fullScreen}>
      {item ? (
        <>
          <DialogTitle sx={{ pr: 6 }}>
            {item.siteName}
            <Typography component="div" variant="body2" color="text.secondary">
              {item.enterpriseName} · {districtName(item.districtId) ?? item.districtId} · {item.day}
            </Typography>
            <IconButton
              aria-label={translate('ra.action.close')}
              onClick={onClose}
              sx={{ position: 'absolute', right: 8, top: 8 }}
            >
              <CloseIcon />
            </IconButton>
          </DialogTitle>
          <DialogContent dividers data-testid="dust-review-viewer">
            <Stack direction="row" spacing={1} sx={{ mb: 2, flexWrap: 'wrap', gap: 1 }}>
              <ReviewStateChip state={item.state} />
              <SuspectChip item={item} />
            </Stack>
            {item.state === 'rejected' && item.reason ? (
              <Typography color="error" sx={{ mb: 2 }}>
                {translate('app.dustReview.reviewedReason', { reason: item.reason })}
              </Typography>
            ) : null}
            <Stack spacing={2}>
              {item.photos.map((photo) => (
                <Box key={photo.photoId} sx={{ textAlign: 'center', bgcolor: 'grey.100' }}>
                  <img
                    src={photo.url}
                    alt={item.siteName}
                    style={{ maxWidth: '100%', maxHeight: '70vh', objectFit: 'contain' }}
                  />
                </Box>
              ))}
            </Stack>
          </DialogContent>
          <DialogActions>
            <Typography variant="caption" color="text.secondary" sx={{ mr: 'auto', pl: 1 }}>
              {translate('app.dustReview.keys')}
            </Typography>
            <Button color="error" onClick={onReject} disabled={pending || item.state === 'rejected'}>
              {translate('app.dustReview.reject')}
            </Button>
            <Button
              color="success"
              variant="contained"
              onClick={onApprove}
              disabled={pending || item.state !== 'queued'}
            >
              {translate('app.dustReview.approve')}
            </Button>
          </DialogActions>
        </>
      ) : null}
    </Dialog>
  );
};
