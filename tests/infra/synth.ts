import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { inject } from 'vitest';
import { createApp } from '#infra/app';
import { repoRoot } from '#infra/bundle';
import { flatTemplate } from '#tests/infra/nested';

const cdkJson: { context: Record<string, unknown> } = JSON.parse(
  readFileSync(join(repoRoot, 'cdk.json'), 'utf8'),
);

export const testOrigin = 'https://console.changzhou.example.cn';

/** A built console with just an index.html, so the BucketDeployment path is exercised without `npm run build:admin`. */
export function fakeConsoleBuild(workDir: string): string {
  const dir = join(workDir, 'console');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>常安码</title>');
  return dir;
}

/** Under the run's temp folder (tests/fixtures/run-folder.ts), which the run removes when it ends. */
const tempDir = (prefix: string) => mkdtempSync(join(inject('runFolder'), prefix));

/**
 * One bundle folder per test process, shared by every app it builds: the code is the same in each, so
 * `bundleFunction` builds each function once (its own cache) and later apps reuse the files.
 */
let sharedBundleDir: string | undefined;

/**
 * Builds the app exactly as `npm run synth` does (cdk.json context, both cdk-nag packs) with its own cloud
 * assembly folder (apps never share one) and the process's bundle folder.
 * Returns before synthesizing, so a test can still add to the tree or catch a failing synth; `cleanUp` removes
 * the temp folder (return it from `beforeAll`, or pass it to `onTestFinished`).
 */
export function buildCloud(context: Record<string, string> = {}) {
  const workDir = tempDir('app-');
  sharedBundleDir ??= tempDir('bundles-');
  const bundleDir = sharedBundleDir;
  const { app, stack } = createApp(
    {
      outdir: join(workDir, 'cdk.out'),
      context: {
        ...cdkJson.context,
        allowedOrigins: testOrigin,
        consoleDir: fakeConsoleBuild(workDir),
        ...context,
      },
    },
    { bundleDir },
  );
  const cleanUp = () => rmSync(workDir, { recursive: true, force: true });
  return { app, stack, cleanUp, workDir, bundleDir };
}

function synthOnce(context: Record<string, string>) {
  const built = buildCloud(context);
  const assembly = built.app.synth();
  return { ...built, assembly, template: flatTemplate(built.stack) };
}

const synthesized = new Map<string, ReturnType<typeof synthOnce>>();

/**
 * The synthesized app for a context, made once per test process and shared by the infra test files that read it
 * (the infra project runs its files in one process, `isolate: false`); cdk-nag errors make this throw with the
 * full report. Its `cleanUp` is a no-op: the folder goes with the run's temp folder.
 */
export function synthCloud(context: Record<string, string> = {}) {
  const key = JSON.stringify(Object.entries(context).sort());
  let cloud = synthesized.get(key);
  if (!cloud) {
    cloud = synthOnce(context);
    synthesized.set(key, cloud);
  }
  return { ...cloud, cleanUp: () => {} };
}

/** The logical ID CloudFormation knows a construct's main resource by. */
export function logicalId(construct: IConstruct): string {
  const resource = (construct.node.defaultChild ?? construct) as CfnElement;
  return resource.stack.getLogicalId(resource);
}

/** `{ 'Fn::GetAtt': [id, 'Arn'] }` or `{ Ref: id }` → id. */
export function referencedId(reference: unknown): string | undefined {
  const ref = reference as { 'Fn::GetAtt'?: [string, string]; Ref?: string } | undefined;
  return ref?.['Fn::GetAtt']?.[0] ?? ref?.Ref;
}
