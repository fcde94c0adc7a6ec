import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Stack,
  Typography,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import type { Hazard } from '#functions/hazards/schemas';
import { districtName } from '#functions/platform/districts';
import { LoadingState } from '../shared/states';
import { api, base64Of, campaignPath, MAX_IMPORT_BYTES, majorHazardsPath, usePages } from './zeroingApi';

/** After a change to the list: the list and the board are read again. */
function useListChanged(campaignId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['zeroing', campaignId], refetchType: 'all' });
}

/** The open major hazards as checkboxes, each with its district; `chosen` holds the ticked ids. */
export const HazardChoices = ({
  hazards,
  chosen,
  onToggle,
}: {
  hazards: Hazard[];
  chosen: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) => {
  const translate = useTranslate();
  if (hazards.length === 0) return <Typography>{translate('app.zeroing.entries.pickNone')}</Typography>;
  return (
    <Stack>
      {hazards.map((hazard) => (
        <FormControlLabel
          key={hazard.id}
          control={<Checkbox checked={chosen.has(hazard.id)} onChange={() => onToggle(hazard.id)} />}
          label={`${districtName(hazard.districtId) ?? hazard.districtId}：${hazard.description}（${hazard.majorCategoryLabel ?? ''}）`}
        />
      ))}
    </Stack>
  );
};

/** 选择重大隐患: a dialog over GET /api/hazards?level=major&status=OPEN; listing again changes nothing. */
export const HazardPickerButton = ({ campaignId }: { campaignId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const changed = useListChanged(campaignId);
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  // the city's open major hazards, 50 at a time: a city may have more than one page of them
  const hazards = usePages<Hazard>(
    ['zeroing-picker', majorHazardsPath(undefined, null)],
    (cursor) => majorHazardsPath(undefined, cursor),
    open,
  );
  const add = useMutation({
    mutationFn: () =>
      api<{ enterprises: number; hazardsAdded: number }>(campaignPath(campaignId, 'entries'), {
        method: 'POST',
        body: { hazardIds: [...chosen] },
      }),
    onSuccess: (result) => {
      notify(
        translate('app.zeroing.entries.added', {
          hazards: result.hazardsAdded,
          enterprises: result.enterprises,
        }),
        { type: 'success' },
      );
      setOpen(false);
      setChosen(new Set());
      void changed();
    },
    onError: (error) =>
      notify(translate('app.zeroing.entries.failed', { message: (error as Error).message }), {
        type: 'error',
      }),
  });
  const toggle = (id: string) =>
    setChosen((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        {translate('app.zeroing.entries.pick')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="md">
        <DialogTitle>{translate('app.zeroing.entries.pickTitle')}</DialogTitle>
        <DialogContent>
          {hazards.isPending ? (
            <LoadingState />
          ) : hazards.error ? (
            <Alert severity="error">{(hazards.error as Error).message}</Alert>
          ) : (
            <HazardChoices
              hazards={hazards.data.pages.flatMap((page) => page.data)}
              chosen={chosen}
              onToggle={toggle}
            />
          )}
          {hazards.hasNextPage && (
            <Button onClick={() => void hazards.fetchNextPage()} disabled={hazards.isFetchingNextPage}>
              {translate('app.zeroing.entries.more')}
            </Button>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={chosen.size === 0 || add.isPending}
            onClick={() => add.mutate()}
          >
            {translate('app.zeroing.entries.pickSubmit', { count: chosen.size })}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};

/** 导入 Excel: the file is sent whole (≤ 500 rows); a bad row refuses it, with every row's problem shown. */
export const ImportListButton = ({ campaignId }: { campaignId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const changed = useListChanged(campaignId);
  const upload = useMutation({
    mutationFn: async (file: File) => {
      if (file.size > MAX_IMPORT_BYTES) throw new Error(translate('app.zeroing.entries.importTooLarge'));
      const content = base64Of(new Uint8Array(await file.arrayBuffer()));
      return api<{ rows: number; enterprises: number; hazardsCreated: number }>(
        campaignPath(campaignId, 'imports'),
        {
          method: 'POST',
          body: { fileName: file.name, content },
        },
      );
    },
    onSuccess: (result) => {
      notify(
        translate('app.zeroing.entries.imported', {
          rows: result.rows,
          enterprises: result.enterprises,
          created: result.hazardsCreated,
        }),
        { type: 'success' },
      );
      void changed();
    },
  });
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) upload.mutate(file);
  };
  return (
    <Stack spacing={1}>
      <Button variant="outlined" component="label" startIcon={<UploadFileIcon />} disabled={upload.isPending}>
        {translate('app.zeroing.entries.import')}
        <input hidden type="file" accept=".xlsx" onChange={chosen} />
      </Button>
      <Typography variant="body2" color="text.secondary">
        {translate('app.zeroing.entries.importHint')}
      </Typography>
      {upload.error && <ImportErrors error={upload.error} />}
    </Stack>
  );
};

/** The API's row-by-row refusal (第 N 行：…), or its message. */
export const ImportErrors = ({ error }: { error: unknown }) => {
  const body = (error as { body?: { error?: { fields?: { message: string }[] } } }).body;
  const rows = body?.error?.fields?.map((field) => field.message) ?? [];
  return (
    <Alert severity="error">
      {(error as Error).message}
      {rows.map((row) => (
        <div key={row}>{row}</div>
      ))}
    </Alert>
  );
};
