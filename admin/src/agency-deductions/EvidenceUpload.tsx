import AttachFileIcon from '@mui/icons-material/AttachFile';
import CloseIcon from '@mui/icons-material/Close';
import { Box, Button, IconButton, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { EvidenceProblem, evidenceTypes, uploadEvidence } from './evidenceApi';

const MAX_FILES = 10;

interface Item {
  key: number;
  name: string;
  state: 'upload' | 'verify' | 'verified' | 'rejected' | 'failed';
  fraction: number;
  photoId?: string;
  message?: string;
}

export interface EvidenceUploadProps {
  /** Whose evidence it is (the ticket names the agency); nothing can be added without it. */
  agencyId: string | undefined;
  /** The verified photo ids, each time they change. */
  onChange: (photoIds: string[]) => void;
  /** Whether a file is still uploading or being verified. */
  onBusy?: (busy: boolean) => void;
}

/**
 * 证据文件: pick images or PDFs; each one is uploaded straight to the bucket with progress, then checked by the
 * server; verified ones count, rejected ones show the server's Chinese reason and can be removed.
 */
export const EvidenceUpload = ({ agencyId, onChange, onBusy }: EvidenceUploadProps) => {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`app.agencyDeduction.evidence.${key}`, args);
  const [items, setItems] = useState<Item[]>([]);
  const next = useRef(0);
  const verifiedIds = items.flatMap((item) =>
    item.state === 'verified' && item.photoId ? [item.photoId] : [],
  );
  const busy = items.some((item) => item.state === 'upload' || item.state === 'verify');
  const idsKey = verifiedIds.join(',');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids' text is the change that matters
  useEffect(() => onChange(idsKey ? idsKey.split(',') : []), [idsKey]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: report only when busy flips
  useEffect(() => onBusy?.(busy), [busy]);

  const update = (key: number, change: Partial<Item>) =>
    setItems((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const add = async (file: File) => {
    if (!agencyId) return;
    next.current += 1;
    const key = next.current;
    setItems((all) => [...all, { key, name: file.name, state: 'upload', fraction: 0 }]);
    try {
      const result = await uploadEvidence(file, agencyId, (phase) => {
        if (phase.phase === 'upload') update(key, { state: 'upload', fraction: phase.fraction });
        if (phase.phase === 'verify') update(key, { state: 'verify', fraction: 1 });
      });
      if (result.phase === 'verified') update(key, { state: 'verified', photoId: result.photoId });
      if (result.phase === 'rejected')
        update(key, { state: 'rejected', message: result.message || t('defaultReject') });
    } catch (error) {
      const message =
        error instanceof EvidenceProblem ? translate(error.key, error.args) : (error as Error).message;
      update(key, { state: 'failed', message });
    }
  };

  const status = (item: Item) => {
    if (item.state === 'upload') return t('uploading', { percent: Math.round(item.fraction * 100) });
    if (item.state === 'verify') return t('verifying');
    if (item.state === 'verified') return t('verified');
    if (item.state === 'rejected') return t('rejected', { message: item.message });
    return t('failed', { message: item.message });
  };

  return (
    <Box data-testid="evidence-upload" sx={{ my: 1 }}>
      <Typography variant="subtitle2">{t('title')}</Typography>
      {!agencyId ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.agencyDeduction.chooseAgencyFirst')}
        </Typography>
      ) : null}
      <Stack spacing={1} sx={{ my: 1 }}>
        {items.map((item) => (
          <Box key={item.key} data-testid="evidence-item" data-state={item.state}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2" sx={{ overflowWrap: 'anywhere', flex: 1 }}>
                {item.name}
              </Typography>
              <Typography
                variant="body2"
                color={item.state === 'rejected' || item.state === 'failed' ? 'error' : 'text.secondary'}
                data-testid="evidence-status"
              >
                {status(item)}
              </Typography>
              {item.state !== 'upload' && item.state !== 'verify' ? (
                <IconButton
                  size="small"
                  aria-label={t('remove')}
                  title={t('remove')}
                  onClick={() => setItems((all) => all.filter((other) => other.key !== item.key))}
                >
                  <CloseIcon fontSize="small" />
                </IconButton>
              ) : null}
            </Stack>
            {item.state === 'upload' || item.state === 'verify' ? (
              <LinearProgress
                variant={item.state === 'upload' ? 'determinate' : 'indeterminate'}
                value={item.fraction * 100}
              />
            ) : null}
          </Box>
        ))}
      </Stack>
      <Button
        component="label"
        variant="outlined"
        size="small"
        startIcon={<AttachFileIcon />}
        disabled={!agencyId || items.length >= MAX_FILES}
      >
        {t('add')}
        <input
          hidden
          type="file"
          multiple
          accept={evidenceTypes.join(',')}
          data-testid="evidence-input"
          onChange={(event) => {
            const files = [...(event.target.files ?? [])].slice(0, MAX_FILES - items.length);
            event.target.value = '';
            for (const file of files) void add(file);
          }}
        />
      </Button>
    </Box>
  );
};
