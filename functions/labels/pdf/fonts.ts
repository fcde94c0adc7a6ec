import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { create, type Font } from 'fontkit';
import { FONT_ASSET_DIR, type LabelFontName, labelFontFiles } from '#functions/labels/pdf/font-files';

/**
 * A font file: in a Lambda, the copy next to the bundle (there is no node_modules there); from source (tests,
 * the local stack), the npm package's own file.
 */
export function labelFontPath(name: LabelFontName): string {
  const { module, asset } = labelFontFiles[name];
  const bundled = fileURLToPath(new URL(`./${FONT_ASSET_DIR}/${asset}`, import.meta.url));
  return existsSync(bundled) ? bundled : createRequire(import.meta.url).resolve(module);
}

let loaded: Record<LabelFontName, Font> | undefined;

/**
 * Both fonts, read and parsed once per container (10 MB; a warm worker reuses them for every sheet). Noto Sans
 * SC prints every GBK character but one, ≒ (U+2252), which DejaVu Sans has (tests/unit/labels/font-coverage
 * checks the whole GBK set against both cmaps); pdfkit embeds only the glyphs a sheet uses.
 */
export function labelFonts(): Record<LabelFontName, Font> {
  loaded ??= {
    cjk: create(readFileSync(labelFontPath('cjk'))),
    symbols: create(readFileSync(labelFontPath('symbols'))),
  };
  return loaded;
}
