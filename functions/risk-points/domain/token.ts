export { newCodeToken, TOKEN_BYTES, TOKEN_PATTERN } from '#functions/platform/code-token';

/** The URL a risk point's QR encodes (any phone scanner, WeChat included, opens it). */
export function scanUrl(consoleOrigin: string, token: string): string {
  return `${consoleOrigin.replace(/\/+$/, '')}/m/r/${token}`;
}
