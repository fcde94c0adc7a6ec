import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useState } from 'react';
import { Button, useCanAccess } from 'react-admin';
import { EnterpriseImportDialog } from './EnterpriseImportDialog';

/** 导入 for the roles that may create enterprises; the dialog does the rest. */
export const EnterpriseImportButton = () => {
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource: 'enterprises', action: 'import' });
  if (!canAccess) return null;
  return (
    <>
      <Button label="app.enterprise.import.button" onClick={() => setOpen(true)} data-testid="import-button">
        <UploadFileIcon />
      </Button>
      {open && <EnterpriseImportDialog onClose={() => setOpen(false)} />}
    </>
  );
};
