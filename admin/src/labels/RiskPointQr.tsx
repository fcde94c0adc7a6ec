import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Button, Stack } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { QR_QUIET_ZONE, type QrMatrix, qrMatrix, qrRuns, qrSvgPath } from '#functions/labels/domain/qr';
import { saveFile } from '../shared/saveFile';

const PNG_MODULE_PX = 10;

/**
 * A risk point's scan code, drawn in the browser as SVG from its URL (nothing leaves the browser), with a PNG
 * download for people who paste it into their own signs.
 */
export const RiskPointQr = ({ url, size = 160 }: { url: string; size?: number }) => {
  const translate = useTranslate();
  const matrix = useMemo(() => qrMatrix(url), [url]);
  const [failed, setFailed] = useState(false);
  const side = matrix.size + 2 * QR_QUIET_ZONE;
  const download = () => {
    setFailed(false);
    pngBlob(matrix).then(
      async (blob) =>
        saveFile(
          new Uint8Array(await blob.arrayBuffer()),
          `常安码-${url.split('/').pop() || 'qr'}.png`,
          'image/png',
        ),
      () => setFailed(true),
    );
  };
  return (
    <Stack spacing={1} sx={{ alignItems: 'flex-start' }} data-testid="risk-point-qr">
      <svg
        width={size}
        height={size}
        viewBox={`${-QR_QUIET_ZONE} ${-QR_QUIET_ZONE} ${side} ${side}`}
        shapeRendering="crispEdges"
        role="img"
        aria-label={translate('app.labels.qr.title')}
        data-url={url}
      >
        <rect x={-QR_QUIET_ZONE} y={-QR_QUIET_ZONE} width={side} height={side} fill="#fff" />
        <path d={qrSvgPath(matrix)} fill="#000" />
      </svg>
      <Button size="small" startIcon={<DownloadIcon />} onClick={download} data-testid="risk-point-qr-png">
        {translate('app.labels.qr.download')}
      </Button>
      {failed && <Alert severity="error">{translate('app.labels.qr.failed')}</Alert>}
    </Stack>
  );
};

function pngBlob(matrix: QrMatrix): Promise<Blob> {
  const side = (matrix.size + 2 * QR_QUIET_ZONE) * PNG_MODULE_PX;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('no 2d context'));
  context.fillStyle = '#fff';
  context.fillRect(0, 0, side, side);
  context.fillStyle = '#000';
  for (const [row, column, length] of qrRuns(matrix)) {
    const x = (column + QR_QUIET_ZONE) * PNG_MODULE_PX;
    const y = (row + QR_QUIET_ZONE) * PNG_MODULE_PX;
    context.fillRect(x, y, length * PNG_MODULE_PX, PNG_MODULE_PX);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob failed'))), 'image/png'),
  );
}
