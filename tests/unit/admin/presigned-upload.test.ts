import { describe, expect, it } from 'vitest';
import { UploadError, uploadWithPresignedPost } from '../../../admin/src/api/presignedUpload';

type Outcome = { kind: 'load'; status: number } | { kind: 'error' } | { kind: 'hang' } | { kind: 'silent' }; // no progress at all, as on a connection that died without a reset

/** Just enough of XMLHttpRequest: records what is sent, reports progress, then ends as `outcome` says. */
class FakeRequest extends EventTarget {
  readonly upload = new EventTarget();
  method = '';
  url = '';
  body: FormData | null = null;
  status = 0;
  aborted = false;

  constructor(private readonly outcome: Outcome) {
    super();
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  send(body: FormData) {
    this.body = body;
    if (this.outcome.kind === 'silent') return;
    queueMicrotask(() => {
      for (const loaded of [0, 512, 1024])
        this.upload.dispatchEvent(
          Object.assign(new Event('progress'), { lengthComputable: true, loaded, total: 1024 }),
        );
      if (this.outcome.kind === 'load') {
        this.status = this.outcome.status;
        this.dispatchEvent(new Event('load'));
      } else if (this.outcome.kind === 'error') this.dispatchEvent(new Event('error'));
    });
  }

  abort() {
    this.aborted = true;
    this.dispatchEvent(new Event('abort'));
  }
}

const post = {
  url: 'http://127.0.0.1:4569/changan-transfers',
  fields: {
    key: 'imports/wujin/IMP1.xlsx',
    'Content-Type': 'text/csv',
    Policy: 'eyJ…',
    'X-Amz-Signature': 'abc',
  },
};

function setUp(outcome: Outcome) {
  const request = new FakeRequest(outcome);
  const progress: number[] = [];
  const file = new Blob(['x'.repeat(1024)], { type: 'text/csv' });
  return { request, progress, file, createRequest: () => request as unknown as XMLHttpRequest };
}

describe('presigned POST upload', () => {
  it('posts the policy fields first and the file last to the bucket URL, reporting progress', async () => {
    // Prepare
    const { request, progress, file, createRequest } = setUp({ kind: 'load', status: 204 });

    // Act
    await uploadWithPresignedPost(post, file, {
      createRequest,
      onProgress: (loaded) => progress.push(loaded),
    });

    // Assess
    expect(request.method).toBe('POST');
    expect(request.url).toBe(post.url);
    expect([...(request.body?.keys() ?? [])]).toEqual([...Object.keys(post.fields), 'file']);
    expect(request.body?.get('key')).toBe('imports/wujin/IMP1.xlsx');
    expect(progress).toEqual([0, 512, 1024, 1024]);
  });

  it('fails in Chinese when the bucket refuses the upload', async () => {
    // Prepare
    const { file, createRequest } = setUp({ kind: 'load', status: 403 });

    // Act
    const error = await uploadWithPresignedPost(post, file, { createRequest }).catch((e: unknown) => e);

    // Assess
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ status: 403, message: '文件上传失败（HTTP 403），请重新上传' });
  });

  it('fails in Chinese when the storage cannot be reached', async () => {
    // Prepare
    const { file, createRequest } = setUp({ kind: 'error' });

    // Act
    const error = await uploadWithPresignedPost(post, file, { createRequest }).catch((e: unknown) => e);

    // Assess
    expect(error).toMatchObject({
      status: 0,
      message: '文件上传失败：无法连接文件存储服务，请检查网络后重试',
    });
  });

  it('stops the upload when cancelled', async () => {
    // Prepare
    const { request, file, createRequest } = setUp({ kind: 'hang' });
    const controller = new AbortController();

    // Act
    const upload = uploadWithPresignedPost(post, file, { createRequest, signal: controller.signal });
    controller.abort();
    const error = await upload.catch((e: unknown) => e);

    // Assess
    expect(request.aborted).toBe(true);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('gives up in Chinese, as a try worth repeating, when the upload stalls', async () => {
    // Prepare
    const { request, file, createRequest } = setUp({ kind: 'silent' });

    // Act
    const error = await uploadWithPresignedPost(post, file, { createRequest, stallMs: 20 }).catch(
      (e: unknown) => e,
    );

    // Assess
    expect(request.aborted).toBe(true);
    expect(error).toBeInstanceOf(UploadError);
    expect(error).toMatchObject({ status: 0, message: '文件上传长时间无响应，请检查网络后重试' });
  });

  it('keeps a slow upload that still reports progress', async () => {
    // Prepare: progress every 15 ms for 90 ms, against a stall limit of 40 ms
    const { request, file, createRequest } = setUp({ kind: 'silent' });
    const upload = uploadWithPresignedPost(post, file, { createRequest, stallMs: 40 });

    // Act
    for (let loaded = 0; loaded <= 1024; loaded += 171) {
      await new Promise((resolve) => setTimeout(resolve, 15));
      request.upload.dispatchEvent(
        Object.assign(new Event('progress'), { lengthComputable: true, loaded, total: 1024 }),
      );
    }
    request.status = 204;
    request.dispatchEvent(new Event('load'));

    // Assess
    await expect(upload).resolves.toBeUndefined();
    expect(request.aborted).toBe(false);
  });
});
