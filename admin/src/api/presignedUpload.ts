/** What POST /api/enterprise-imports answers as `upload`: S3's presigned POST (ARCHITECTURE.md §7). */
export interface PresignedPost {
  readonly url: string;
  readonly fields: Readonly<Record<string, string>>;
}

export interface UploadOptions {
  /** Bytes sent so far and in all, as the browser reports them. */
  readonly onProgress?: (loaded: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** Gives up when the browser reports nothing (no progress, no answer) for this long. @default 60_000 */
  readonly stallMs?: number;
  /** Tests pass a fake. @default new XMLHttpRequest() */
  readonly createRequest?: () => XMLHttpRequest;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

/** A connection that dies without a reset leaves an XMLHttpRequest open for minutes, holding the queue. */
const STALL_MS = 60_000;

/**
 * Sends `file` straight to the bucket with a presigned POST: the policy fields first, the file last, as S3
 * requires. XMLHttpRequest rather than fetch, because only it reports upload progress. A stalled upload ends
 * with status 0 (worth another try), like a dropped connection.
 */
export function uploadWithPresignedPost(post: PresignedPost, file: Blob, options: UploadOptions = {}) {
  const form = new FormData();
  for (const [name, value] of Object.entries(post.fields)) form.append(name, value);
  form.append('file', file);
  const request = options.createRequest?.() ?? new XMLHttpRequest();

  return new Promise<void>((resolve, reject) => {
    let stall: ReturnType<typeof setTimeout> | undefined;
    let settled = false;
    const abort = () => request.abort();
    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(stall);
      options.signal?.removeEventListener('abort', abort);
      if (error) reject(error);
      else resolve();
    };
    const watch = () => {
      clearTimeout(stall);
      stall = setTimeout(() => {
        settle(new UploadError('文件上传长时间无响应，请检查网络后重试', 0));
        request.abort();
      }, options.stallMs ?? STALL_MS);
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    request.upload.addEventListener('progress', (event) => {
      watch();
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        options.onProgress?.(file.size, file.size);
        settle();
      } else settle(new UploadError(`文件上传失败（HTTP ${request.status}），请重新上传`, request.status));
    });
    request.addEventListener('error', () =>
      settle(new UploadError('文件上传失败：无法连接文件存储服务，请检查网络后重试', 0)),
    );
    request.addEventListener('abort', () => settle(new DOMException('上传已取消', 'AbortError')));
    request.open('POST', post.url);
    request.send(form);
    watch();
  });
}
