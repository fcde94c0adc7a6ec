import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '#functions/audit/schemas';
import { fieldLabel, formatAuditValue } from './auditFormat';

/** An entry's changed fields, before → after; the row's expansion panel. */
export const AuditChanges = () => {
  const translate = useTranslate();
  const entry = useRecordContext<AuditEntry>();
  if (!entry) return null;
  if (entry.changes.length === 0)
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {translate('app.audit.noChanges')}
      </Typography>
    );
  return (
    <Box sx={{ px: 2, py: 1, overflowX: 'auto' }} data-testid="audit-changes">
      <Table size="small" sx={{ maxWidth: 900 }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: { xs: 80, sm: 160 } }}>{translate('app.audit.field')}</TableCell>
            <TableCell>{translate('app.audit.before')}</TableCell>
            <TableCell sx={{ width: 32 }} />
            <TableCell>{translate('app.audit.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entry.changes.map((change) => (
            <TableRow key={change.field}>
              <TableCell>{fieldLabel(translate, entry.entity, change.field)}</TableCell>
              <TableCell sx={{ color: 'error.dark', wordBreak: 'break-all' }}>
                {formatAuditValue(translate, change.field, change.before)}
              </TableCell>
              <TableCell>
                <ArrowForwardIcon fontSize="small" color="action" />
              </TableCell>
              <TableCell sx={{ color: 'success.dark', wordBreak: 'break-all' }}>
                {formatAuditValue(translate, change.field, change.after)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
