import { Buffer } from 'node:buffer';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFunctionInMemory, type MemoryBundle } from '#infra/bundle';
import {
  docsModule,
  type FunctionEntry,
  foreignManifestInputs,
  manifestFunctions,
  rewriteFile,
} from '#tests/infra/support/bundles';

const functions = manifestFunctions();
const messagesManifest = 'functions/messages/manifest.ts';

/**
 * One more messages route, written into the manifest's routes as an edit would. It names only `zod` (imported
 * under a name of its own) so that it survives changes to the manifest's imports.
 */
function withExtraMessagesRoute(text: string): string {
  const anchor = /\broutes:\s*\[/;
  if (!anchor.test(text)) return text;
  const extra = `{ method: 'GET', path: '/api/messages/__bundle-test', group: 'messages', access: 'public', summary: 'bundle test', response: __bundleTestZod.object({ injected: __bundleTestZod.literal('a route only this test adds') }) },`;
  return `import * as __bundleTestZod from 'zod';\n${text.replace(anchor, (match) => `${match}\n    ${extra}`)}`;
}

let normal: Map<string, MemoryBundle>;
let withExtraRoute: Map<string, MemoryBundle>;

async function bundleAll(build: (fn: FunctionEntry) => Promise<MemoryBundle>) {
  return new Map(await Promise.all(functions.map(async (fn) => [fn.module, await build(fn)] as const)));
}

beforeAll(async () => {
  const plugin = rewriteFile(messagesManifest, withExtraMessagesRoute);
  [normal, withExtraRoute] = await Promise.all([
    bundleAll((fn) => bundleFunctionInMemory(fn.module)),
    bundleAll((fn) => bundleFunctionInMemory(fn.module, [plugin])),
  ]);
});

describe('the Lambda bundles', () => {
  it('bundles every function of the manifest: route groups, jobs and events', () => {
    expect(functions.length).toBeGreaterThan(5);
    expect(functions.map((fn) => fn.kind)).toEqual(expect.arrayContaining(['api', 'job', 'event']));
    for (const fn of functions) expect(normal.get(fn.module)?.bytes, fn.module).toBeGreaterThan(1000);
  });

  it("holds no other capability's manifest or schemas (and not the aggregate manifest), docs aside", () => {
    const offenders = functions
      .filter((fn) => fn.module !== docsModule)
      .flatMap((fn) => {
        const metafile = normal.get(fn.module)?.metafile;
        if (!metafile) throw new Error(`no bundle of ${fn.module}`);
        return foreignManifestInputs(metafile, fn.capability).map((input) => `${fn.module} bundles ${input}`);
      });
    expect(offenders, `bundles that grow with other capabilities:\n${offenders.join('\n')}`).toEqual([]);
  });

  it('leaves every function of the other capabilities byte-identical when messages adds a route', () => {
    const others = functions.filter((fn) => fn.capability !== 'messages' && fn.module !== docsModule);
    expect(others.length).toBeGreaterThan(0);
    const changed = others
      .filter((fn) => {
        const before = normal.get(fn.module)?.contents;
        const after = withExtraRoute.get(fn.module)?.contents;
        if (!before || !after) throw new Error(`no bundle of ${fn.module}`);
        return !Buffer.from(before).equals(Buffer.from(after));
      })
      .map((fn) => fn.module);
    expect(changed, 'functions whose bundle changed with a messages route').toEqual([]);

    // The same edit does reach messages' own route group and the OpenAPI document: the comparison can fail.
    const messagesGroups = functions.filter((fn) => fn.capability === 'messages' && fn.kind === 'api');
    expect(messagesGroups.length).toBeGreaterThan(0);
    for (const fn of [...messagesGroups, ...functions.filter((f) => f.module === docsModule)]) {
      const before = Buffer.from(normal.get(fn.module)?.contents ?? []);
      const after = Buffer.from(withExtraRoute.get(fn.module)?.contents ?? []);
      expect(after.equals(before), `${fn.module} should change`).toBe(false);
      expect(after.includes('/api/messages/__bundle-test'), fn.module).toBe(true);
    }
  });
});
