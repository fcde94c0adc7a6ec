import { Box, Chip, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { statusColor } from './labels';

/** 涉爆粉尘 / 非煤矿山 / 重点上市后备 as small chips; nothing when the enterprise has none. */
export const FlagsField = () => {
  const translate = useTranslate();
  const flags = (useRecordContext()?.flags ?? []) as string[];
  if (flags.length === 0) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      {flags.map((flag) => (
        <Chip
          key={flag}
          size="small"
          variant="outlined"
          color="primary"
          label={translate(`app.enterprise.flags.${flag}`)}
        />
      ))}
    </Stack>
  );
};

export const StatusField = () => {
  const status = useRecordContext()?.status as string | undefined;
  if (!status) return <span>—</span>;
  return <Chip size="small" color={statusColor(status)} label={status} sx={{ width: 'fit-content' }} />;
};

/** A contact's name and phone, masked or full as the API gave it (lists mask, details for managers do not). */
export const ContactField = ({ source }: { source: 'principal' | 'safetyContact'; label?: string }) => {
  const contact = useRecordContext()?.[source] as { name?: string; phone?: string } | undefined;
  if (!contact?.name) return <span>—</span>;
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      <span>{contact.name}</span>
      {contact.phone && (
        <Typography
          component="span"
          variant="body2"
          color="text.secondary"
          sx={{ ml: 1, fontFamily: 'monospace' }}
        >
          {contact.phone}
        </Typography>
      )}
    </Box>
  );
};

/**
 * The grid's name as the API answers it with the enterprise (`gridName`), or 网格外 outside every grid: no request
 * per row, and nothing an enterprise user may not read (the grid routes are for supervisors).
 */
export const GridNameField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record) return null;
  const name = record.gridName as string | null | undefined;
  return <span>{name ?? translate('app.org.outsideGrid')}</span>;
};

/** The name with the credit code under it: one column instead of two on a 1366 px screen. */
export const NameAndCodeField = (_props: { label?: string }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {record.name}
      </Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {record.creditCode}
      </Typography>
    </Box>
  );
};
