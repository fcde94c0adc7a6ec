/** Helpers shared by the bundle test and the bundle benchmark: which functions there are, what a bundle holds. */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import type { Metafile, Plugin } from 'esbuild';
import { events, groups, jobs } from '#functions/manifest';
import { repoRoot } from '#infra/bundle';

export interface FunctionEntry {
  /** Module under functions/ exporting `handler`, e.g. `messages/handler`. */
  readonly module: string;
  readonly kind: 'api' | 'job' | 'event';
  readonly capability: string;
}

/** Every Lambda function of the manifest: route groups, jobs and events, each module once. */
export function manifestFunctions(): FunctionEntry[] {
  const all: FunctionEntry[] = [
    ...Object.values(groups).map((group) => ({ module: group.handler, kind: 'api' as const })),
    ...jobs.map((job) => ({ module: job.handler, kind: 'job' as const })),
    ...events.map((event) => ({ module: event.handler, kind: 'event' as const })),
  ].map((fn) => ({ ...fn, capability: fn.module.split('/')[0] as string }));
  return all.filter((fn, at) => all.findIndex((other) => other.module === fn.module) === at);
}

/** The OpenAPI document's function: it alone bundles every capability's manifest and schemas. */
export const docsModule = 'system/handlers/docs';

/** Metafile input keys (relative to the working directory) as repository-relative posix paths. */
export function repoPath(input: string): string {
  return relative(repoRoot, resolve(input)).split(sep).join('/');
}

/**
 * The manifests and schemas of other capabilities (and the aggregate manifest) that a function of `capability`
 * bundles: any of them means its bundle grows when another capability adds a route.
 */
export function foreignManifestInputs(metafile: Metafile, capability: string): string[] {
  return Object.keys(metafile.inputs)
    .map(repoPath)
    .filter((path) => {
      if (path === 'functions/manifest.ts') return true;
      const match = /^functions\/([^/]+)\/(manifest\.ts|schemas\.ts|schemas\/.+\.ts)$/.exec(path);
      return match !== null && match[1] !== capability && match[1] !== 'platform';
    })
    .sort();
}

/** Where a bundle's bytes come from: an npm package (`zod`, `@middy/core`), `functions/<capability>`, or other. */
export function ownerOf(input: string): string {
  const path = repoPath(input);
  const modules = path.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const [scope, name] = path.slice(modules + 'node_modules/'.length).split('/');
    return scope?.startsWith('@') ? `${scope}/${name}` : (scope ?? path);
  }
  if (path === 'functions/manifest.ts') return 'functions/manifest';
  const capability = /^functions\/([^/]+)\//.exec(path)?.[1];
  if (capability) return `functions/${capability}`;
  return path.startsWith('../') || path.startsWith('/') ? '(outside)' : path;
}

export interface Share {
  readonly owner: string;
  readonly bytes: number;
  /** Of the bundle's output bytes. */
  readonly share: number;
}

/** The bundle's output bytes grouped by owner (`ownerOf`), largest first. */
export function dependencyShares(metafile: Metafile): Share[] {
  const output = Object.values(metafile.outputs)[0];
  if (!output) return [];
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const owner = ownerOf(input);
    totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
  }
  return [...totals]
    .map(([owner, bytes]) => ({ owner, bytes, share: bytes / output.bytes }))
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * An esbuild plugin that loads one file with `inject` applied to its text (a test's stand-in for an edit). It
 * throws when `inject` leaves the text unchanged, so a renamed anchor cannot make a test pass vacuously.
 */
export function rewriteFile(repoRelativePath: string, inject: (text: string) => string): Plugin {
  const target = resolve(repoRoot, repoRelativePath);
  const escaped = target.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return {
    name: 'rewrite-file',
    setup(build) {
      build.onLoad({ filter: new RegExp(`^${escaped}$`) }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const contents = inject(text);
        if (contents === text) throw new Error(`rewrite of ${repoRelativePath} changed nothing`);
        return { contents, loader: 'ts', resolveDir: resolve(target, '..') };
      });
    },
  };
}
