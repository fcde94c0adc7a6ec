/** What other capabilities may use of labels (常安码标签打印): the URL a risk point's code encodes. */
export { scanUrl } from '#functions/labels/domain/scan-url';
