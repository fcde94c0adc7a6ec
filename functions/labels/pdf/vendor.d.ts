// fontkit ships no type declarations; these cover the parts the label sheet uses (pdfkit takes the font object).
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly numGlyphs: number;
    readonly characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array): Font;
}
