/**
 * The URL a label's QR code encodes (brief: `<console origin>/m/r/<token>`). The origin is the deployment's
 * public console address, never the request's Host: a printed label outlives any one request.
 */
export function scanUrl(consoleOrigin: string, token: string): string {
  return `${consoleOrigin.replace(/\/+$/, '')}/m/r/${encodeURIComponent(token)}`;
}
