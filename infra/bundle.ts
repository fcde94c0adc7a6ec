import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, buildSync, type Metafile, type Plugin } from 'esbuild';
import { FONT_ASSET_DIR, LABEL_SHEET_WORKER, labelFontFiles } from '#functions/labels/pdf/font-files';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Packages the Lambda Node.js runtime provides and the bundles leave to it. `@aws-sdk/util-dynamodb` (6 KB, the
 * attribute-value marshalling) is bundled: the functions' own DynamoDB client needs nothing else of the SDK.
 */
export const runtimeProvided = ['@aws-sdk/client-*', '@aws-sdk/s3-*', '@aws-sdk/lib-*', '@smithy/*'];

export interface Bundle {
  /** Folder holding `index.mjs`, ready for `lambda.Code.fromAsset`. */
  readonly outdir: string;
  readonly file: string;
  readonly bytes: number;
  /** esbuild's metafile of the build: which inputs went into the bundle, and how many bytes each. */
  readonly metafile: Metafile;
}

/**
 * The bundles this process has written, by folder. The source cannot change under a running synth, so a second
 * app built in the same process into the same folder (the infra tests synthesize several contexts, cdk-nag's
 * packs visit every function) reuses the files: 43 esbuild builds once, not once per app.
 */
const bundled = new Map<string, Bundle>();

/**
 * Bundles one function (`system/handlers/health`, `system/jobs/heartbeat`, ...) the way Lambda runs it: minified ESM for Node 22.
 * The AWS SDK v3 clients are left to the nodejs22.x runtime, which ships them (bundled, S3's alone would push a
 * bundle past the 400 KB budget); DynamoDB goes through functions/platform/dynamo.ts, no SDK client at all. The CDK stack and the bundle
 * benchmark both call this, so what is measured is what is deployed.
 */
export function bundleFunction(
  handlerModule: string,
  outRoot = join(repoRoot, '.build', 'functions'),
): Bundle {
  const outdir = join(outRoot, handlerModule.replace(/\//g, '-'));
  const earlier = bundled.get(outdir);
  if (earlier && existsSync(earlier.file)) return earlier;
  const bundle = bundleEntry(join(repoRoot, 'functions', `${handlerModule}.ts`), outdir);
  copyAssets(handlerModule, bundle.outdir);
  bundled.set(outdir, bundle);
  return bundle;
}

/**
 * Files a function reads at run time, copied from node_modules next to its bundle (a Lambda has no
 * node_modules): the label sheet's fonts (10 MB; kept out of the JavaScript so every other bundle stays small).
 */
function copyAssets(handlerModule: string, outdir: string): void {
  if (handlerModule !== LABEL_SHEET_WORKER) return;
  const fontDir = join(outdir, FONT_ASSET_DIR);
  mkdirSync(fontDir, { recursive: true });
  const require = createRequire(import.meta.url);
  for (const { module, asset } of Object.values(labelFontFiles))
    copyFileSync(require.resolve(module), join(fontDir, asset));
}

/** The esbuild settings of every Lambda bundle (minified ESM for Node 22, AWS SDK left to the runtime). */
export const lambdaBuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
  external: runtimeProvided,
  // ElectroDB's model validation and its SDK DocumentClient wrapper: each shim's comment says why.
  alias: {
    jsonschema: join(repoRoot, 'infra', 'shims', 'jsonschema.cjs'),
    '@aws-sdk/lib-dynamodb': join(repoRoot, 'infra', 'shims', 'lib-dynamodb.cjs'),
  },
  // Some dependencies are CommonJS and call require(); ESM bundles need it defined.
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
} as const satisfies BuildOptions;

/** Bundles any entry file into `outdir/index.mjs` with the Lambda settings above. */
export function bundleEntry(entry: string, outdir: string): Bundle {
  const file = join(outdir, 'index.mjs');
  mkdirSync(outdir, { recursive: true });
  const result = buildSync({ ...lambdaBuildOptions, entryPoints: [entry], outfile: file });
  const output = Object.values(result.metafile.outputs)[0];
  return { outdir, file, bytes: output?.bytes ?? 0, metafile: result.metafile };
}

export interface MemoryBundle {
  /** The bundle's bytes, exactly what `bundleFunction` would write to `index.mjs`. */
  readonly contents: Uint8Array;
  readonly bytes: number;
  readonly metafile: Metafile;
}

/**
 * Bundles one function like `bundleFunction` but in memory (nothing written), optionally with esbuild plugins:
 * the tests compare bundles and read their metafiles with it.
 */
export async function bundleFunctionInMemory(
  handlerModule: string,
  plugins: readonly Plugin[] = [],
): Promise<MemoryBundle> {
  const entry = join(repoRoot, 'functions', `${handlerModule}.ts`);
  const result = await build({
    ...lambdaBuildOptions,
    entryPoints: [entry],
    outfile: join(repoRoot, '.build', 'functions', handlerModule.replace(/\//g, '-'), 'index.mjs'),
    write: false,
    plugins: [...plugins],
  });
  const contents =
    result.outputFiles.find((output) => output.path.endsWith('.mjs'))?.contents ?? new Uint8Array();
  return { contents, bytes: contents.byteLength, metafile: result.metafile };
}
