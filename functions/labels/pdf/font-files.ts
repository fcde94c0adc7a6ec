/**
 * The label sheet's font files: npm modules (OFL) and the names of their copies next to a Lambda bundle. No
 * imports, so that infra/bundle.ts can read the list without loading the PDF code.
 */
export const labelFontFiles = {
  cjk: {
    module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    asset: 'NotoSansSC-Regular.ttf',
  },
  symbols: { module: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf', asset: 'DejaVuSans.ttf' },
} as const;
export type LabelFontName = keyof typeof labelFontFiles;

/** Folder next to a Lambda bundle holding the font files. */
export const FONT_ASSET_DIR = 'fonts';

/** The handler module whose bundle needs the fonts. */
export const LABEL_SHEET_WORKER = 'labels/events/label-sheet';
