import { vi } from 'vitest';

/** One download the console started: the file's name, its MIME type and its bytes. */
export interface Download {
  readonly fileName: string;
  readonly type: string;
  readonly bytes: Uint8Array;
}

/**
 * The few browser globals `saveFile` touches (URL.createObjectURL, document), stubbed so that a test sees each
 * download, which links were left in the page and which object URLs were revoked. `vi.unstubAllGlobals` and
 * `vi.restoreAllMocks` undo it.
 */
export function stubBrowserDownloads() {
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  const downloads: Promise<Download>[] = [];
  const inPage = new Set<object>();
  // Only the two static methods: module loading still needs the real URL class.
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:console/${blobs.size + 1}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    revoked.push(url);
  });
  vi.stubGlobal('document', {
    createElement: (tag: string) => {
      const link = {
        tag,
        href: '',
        download: '',
        click() {
          const blob = blobs.get(link.href);
          if (!blob || !inPage.has(link)) throw new Error('clicked a link that is not in the page');
          downloads.push(
            blob.arrayBuffer().then((buffer) => ({
              fileName: link.download,
              type: blob.type,
              bytes: new Uint8Array(buffer),
            })),
          );
        },
        remove: () => inPage.delete(link),
      };
      return link;
    },
    body: { append: (node: object) => inPage.add(node) },
  });
  return { downloads: () => Promise.all(downloads), revoked, linksLeftInPage: () => inPage.size };
}
