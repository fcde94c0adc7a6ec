import { ExportButton } from 'react-admin';
import { EXPORT_MAX_ROWS } from './xlsxExporter';

/** 导出: every row of the current filter (not only the page on screen) to XLSX. */
export const ListExportButton = () => <ExportButton maxResults={EXPORT_MAX_ROWS} />;
