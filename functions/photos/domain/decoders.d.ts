/**
 * The two decoder modules the upload check imports directly, leaving out the encoders, streams and packers of
 * their packages (−40 KB of bundle): jpeg-js's `decode` and pngjs's synchronous parser (what PNG.sync.read calls).
 */
declare module 'jpeg-js/lib/decoder.js' {
  import type { decode } from 'jpeg-js';

  const decodeJpeg: typeof decode;
  export default decodeJpeg;
}

declare module 'pngjs/lib/parser-sync.js' {
  /** Decodes a whole PNG: `data` is RGBA, 8 bits a channel, whatever the file's own format. */
  const parsePng: (buffer: Buffer, options: object) => { width: number; height: number; data: Buffer };
  export default parsePng;
}
