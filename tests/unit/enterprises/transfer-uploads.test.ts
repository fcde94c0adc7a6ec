import { beforeEach, describe, expect, it } from 'vitest';
import { writeTransferObjectInParts } from '#functions/enterprises/store/transfer-uploads';
import { s3Wire } from '#tests/fixtures/s3-wire';

const s3 = s3Wire();
const BUCKET = 'changan-transfers';
/** S3's minimum part size (all parts but the last), written out here rather than read from the code. */
const MIN_PART = 5 * 1024 * 1024;
const KEY = 'exports/01M8NB6TF07NM7Z2RENN3W3WSS.xlsx';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `count` pieces of 64 KiB, each filled with its own index, so that order and completeness can be checked. */
const pieces = (count: number) =>
  Array.from({ length: count }, (_, i) => new Uint8Array(64 * 1024).fill(i % 251));
const callsWith = (method: string, query: string) =>
  s3.calls.filter((call) => call.method === method && (call.query ?? '').includes(query));

/** The sizes of the parts of the upload in progress (the fake forgets an upload once it is complete). */
const partSizesSoFar = () =>
  [...s3.uploads.values()].flatMap((upload) => [...upload.parts.values()].map((part) => part.length));

/** The part numbers the fake received, in the order they came. */
const partsSent = () =>
  callsWith('PUT', 'partNumber=').map((call) => Number(new URLSearchParams(call.query).get('partNumber')));

beforeEach(() => s3.reset());

describe('writing a transfer object in parts', () => {
  it('sends a part of at least 5 MiB whenever one is full, the rest last, and assembles them in order', async () => {
    // Prepare: 12 MiB in 64 KiB pieces, flushed after each (as the export flushes after each chunk of rows)
    const written = pieces(192);
    let sizes: number[] = [];

    // Act
    const result = await writeTransferObjectInParts(KEY, XLSX, async (sink) => {
      for (const piece of written) {
        sink.write(piece);
        await sink.flush();
        sizes = partSizesSoFar();
      }
    });

    // Assess
    const stored = s3.objects.get(`${BUCKET}/${KEY}`);
    expect(callsWith('POST', 'uploads')).toHaveLength(1);
    expect(partsSent()).toEqual([1, 2, 3]);
    expect(stored?.contentType).toBe(XLSX);
    expect(stored?.body.equals(Buffer.concat(written))).toBe(true);
    expect(s3.uploads.size).toBe(0);
    expect(callsWith('DELETE', 'uploadId=')).toHaveLength(0);
    expect(result.parts).toBe(3);
    expect(result.bytes).toBe(12 * 1024 * 1024);
    expect(sizes).toEqual([MIN_PART, MIN_PART]); // sent while writing; the 2 MiB rest went last
  });

  it('never sends a part below 5 MiB before the last one', async () => {
    // Prepare: pieces of odd sizes, so that parts cannot all be one size
    const written = Array.from({ length: 40 }, (_, i) => new Uint8Array(300_000 + i * 7_919).fill(i));
    let partSizes: number[] = [];

    // Act
    await writeTransferObjectInParts(KEY, XLSX, async (sink) => {
      for (const piece of written) {
        sink.write(piece);
        await sink.flush();
        partSizes = partSizesSoFar();
      }
    });

    // Assess
    expect(partSizes.length).toBeGreaterThan(1);
    expect(partSizes.every((size) => size >= MIN_PART)).toBe(true);
    expect(s3.objects.get(`${BUCKET}/${KEY}`)?.body.length).toBe(
      written.reduce((sum, piece) => sum + piece.length, 0),
    );
  });

  it('sends a small object as its one and only part', async () => {
    // Act
    await writeTransferObjectInParts(KEY, XLSX, async (sink) => {
      sink.write(new Uint8Array([1, 2, 3]));
      await sink.flush();
    });

    // Assess
    expect(partsSent()).toEqual([1]);
    expect(s3.objects.get(`${BUCKET}/${KEY}`)?.body).toEqual(Buffer.from([1, 2, 3]));
  });

  it('aborts the upload and passes the error on when the writer fails half-way', async () => {
    // Act
    const failed = writeTransferObjectInParts(KEY, XLSX, async (sink) => {
      for (const piece of pieces(100)) {
        sink.write(piece);
        await sink.flush();
      }
      throw new Error('table read failed');
    });

    // Assess
    await expect(failed).rejects.toThrow('table read failed');
    expect(partsSent()).toEqual([1]);
    expect(callsWith('POST', 'uploadId=')).toHaveLength(0);
    expect(callsWith('DELETE', 'uploadId=')).toHaveLength(1);
    expect(s3.uploads.size).toBe(0);
    expect(s3.objects.has(`${BUCKET}/${KEY}`)).toBe(false);
  });

  it('aborts when a part cannot be uploaded, and still reports the upload’s error if the abort fails too', async () => {
    // Prepare
    s3.failing = (call) => (call.query?.includes('uploadId=') ? 403 : undefined);

    // Act
    const failed = writeTransferObjectInParts(KEY, XLSX, async (sink) => {
      for (const piece of pieces(100)) {
        sink.write(piece);
        await sink.flush();
      }
    });

    // Assess
    await expect(failed).rejects.toThrow('failing on purpose');
    expect(callsWith('DELETE', 'uploadId=')).toHaveLength(1);
    expect(callsWith('POST', 'uploadId=')).toHaveLength(0);
    expect(s3.objects.has(`${BUCKET}/${KEY}`)).toBe(false);
  });
});
