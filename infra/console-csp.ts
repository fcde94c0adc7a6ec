/**
 * The Content-Security-Policy of the console and the H5 pages — one string for both hosts: CloudFront's response
 * headers policy (infra/constructs/console-hosting.ts) and the local gateway's static files
 * (infra/local/static-files.ts), so the browser tests prove the console works under the policy users get.
 *
 * `style-src 'unsafe-inline'`: MUI (emotion) injects its styles as <style> elements at run time. Scripts are only
 * our own bundles; images may be data:/blob: URLs (the favicon, photo previews). `connectSources` are the origins
 * the console fetches besides its own: in AWS the S3 buckets it uploads to with presigned POSTs (locally those go
 * through the gateway's `/s3/`, same origin).
 */
export function consoleCsp(connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    ["connect-src 'self'", ...connectSources].join(' '),
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}
