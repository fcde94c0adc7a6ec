import QrCodeScannerIcon from '@mui/icons-material/QrCodeScanner';
import type { ResourceModule } from '../resourceModule';
import { ScanList } from './ScanList';
import { ScanShow } from './ScanShow';

/** 扫码记录: read-only; scans are made on the phone pages. */
export default {
  list: ScanList,
  show: ScanShow,
  icon: QrCodeScannerIcon,
  recordRepresentation: (scan) => `${scan.riskPointName ?? ''} ${scan.scannedAt ?? ''}`.trim(),
} satisfies ResourceModule;
