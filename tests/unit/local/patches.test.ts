import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { repoRoot } from '#infra/bundle';
import { applyAll, applyHunks, PatchError, parsePatch, targetOf } from '../../../patches/apply';

/** A package `left-pad` 1.3.0 under a scratch root, whose index.js is `source`. */
function scratchPackage(source: string, version = '1.3.0') {
  const root = mkdtempSync(join(tmpdir(), 'changan-patches-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, 'node_modules', 'left-pad');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'left-pad', version }));
  writeFileSync(join(dir, 'index.js'), source);
  const patches = join(root, 'patches');
  mkdirSync(patches);
  return { root, patches, file: join(dir, 'index.js') };
}

const original = [
  'function close (it, cb) {',
  '  if (it.return) it.return()',
  '  cb()',
  '}',
  'function other (it, cb) {',
  '  if (it.return) it.return()',
  '  cb()',
  '}',
  '',
].join('\n');

// Written by hand: two identical hunks, as the dynalite patch has (key stream and value stream).
const patch = [
  'Why: iterators have close(), not return().',
  '',
  'diff --git a/node_modules/left-pad/index.js b/node_modules/left-pad/index.js',
  '--- a/node_modules/left-pad/index.js',
  '+++ b/node_modules/left-pad/index.js',
  '@@ -1,3 +1,3 @@',
  ' function close (it, cb) {',
  '-  if (it.return) it.return()',
  '+  it.close()',
  '   cb()',
  '@@ -5,3 +5,3 @@',
  ' function other (it, cb) {',
  '-  if (it.return) it.return()',
  '+  it.close()',
  '   cb()',
  '',
].join('\n');

const patched = original.replaceAll('  if (it.return) it.return()', '  it.close()');

describe('the install-time patches (patches/apply.ts)', () => {
  it('reads the package and version from the file name, scoped packages included', () => {
    expect(targetOf('dynalite+4.0.0.patch')).toEqual({ name: 'dynalite', version: '4.0.0' });
    expect(targetOf('@aws-sdk+client-s3+3.1.0.patch')).toEqual({
      name: '@aws-sdk/client-s3',
      version: '3.1.0',
    });
    expect(() => targetOf('dynalite.patch')).toThrow(PatchError);
  });

  it('parses a unified diff with a description above it into its hunks', () => {
    // Act
    const files = parsePatch(patch);

    // Assess
    expect(files).toEqual([
      {
        path: 'node_modules/left-pad/index.js',
        hunks: [
          {
            line: 1,
            before: 'function close (it, cb) {\n  if (it.return) it.return()\n  cb()',
            after: 'function close (it, cb) {\n  it.close()\n  cb()',
          },
          {
            line: 5,
            before: 'function other (it, cb) {\n  if (it.return) it.return()\n  cb()',
            after: 'function other (it, cb) {\n  it.close()\n  cb()',
          },
        ],
      },
    ]);
  });

  it('applies a patch once: the second run finds it applied and changes nothing', () => {
    // Prepare
    const { root, patches, file } = scratchPackage(original);
    writeFileSync(join(patches, 'left-pad+1.3.0.patch'), patch);

    // Act
    const first = applyAll(root, patches);
    const afterFirst = readFileSync(file, 'utf8');
    const second = applyAll(root, patches);

    // Assess
    expect(first).toEqual(['patches: left-pad 1.3.0 — 2 hunk(s) applied']);
    expect(afterFirst).toBe(patched);
    expect(second).toEqual(['patches: left-pad 1.3.0 — already applied']);
    expect(readFileSync(file, 'utf8')).toBe(patched);
  });

  it('finishes a half-applied file: a hunk already in place is skipped, the next one applied', () => {
    // Prepare: only the first occurrence was patched
    const half = original.replace('  if (it.return) it.return()', '  it.close()');

    // Act
    const result = applyHunks(half, parsePatch(patch)[0]?.hunks ?? [], 'left-pad');

    // Assess
    expect(result).toEqual({ text: patched, applied: 1, present: 1 });
  });

  it('fails loudly, writing nothing, when a hunk matches neither the original nor the patched text', () => {
    // Prepare: the package changed under the patch
    const changed = original.replaceAll('it.return()', 'it.end()');
    const { root, patches, file } = scratchPackage(changed);
    writeFileSync(join(patches, 'left-pad+1.3.0.patch'), patch);

    // Act + Assess
    expect(() => applyAll(root, patches)).toThrow(
      /hunk 1 \(line 1\) matches neither the original nor the patched text/,
    );
    expect(readFileSync(file, 'utf8')).toBe(changed);
  });

  it('fails loudly when the installed version is not the one the patch was written for', () => {
    // Prepare
    const { root, patches, file } = scratchPackage(original, '1.4.0');
    writeFileSync(join(patches, 'left-pad+1.3.0.patch'), patch);

    // Act + Assess
    expect(() => applyAll(root, patches)).toThrow('written for left-pad 1.3.0, but 1.4.0 is installed');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });

  it('finds the dynalite patch applied in node_modules (npm install ran its postinstall)', () => {
    // Prepare
    const [file] = parsePatch(readFileSync(join(repoRoot, 'patches', 'dynalite+4.0.0.patch'), 'utf8'));
    const installed = readFileSync(join(repoRoot, 'node_modules', 'dynalite', 'db', 'index.js'), 'utf8');

    // Act
    const result = applyHunks(installed, file?.hunks ?? [], 'dynalite');

    // Assess
    expect(file?.path).toBe('node_modules/dynalite/db/index.js');
    expect(result).toMatchObject({ applied: 0, present: 2 });
    expect(installed).not.toContain('iterator.return()');
  });

  it('makes StrykerJS count a test skipped because its file’s beforeAll threw as failed (vitest-runner patch)', async () => {
    // Prepare: a file whose top-level beforeAll threw, its describe block and a test vitest then skipped
    const helpers = (await import(
      pathToFileURL(join(repoRoot, 'node_modules/@stryker-mutator/vitest-runner/dist/src/vitest-helpers.js'))
        .href
    )) as { convertTestToTestResult: (test: unknown) => { status: number; failureMessage?: string } };
    const file = {
      type: 'suite',
      name: 'world.test.ts',
      filepath: join(repoRoot, 'world.test.ts'),
      result: { state: 'fail', errors: [{ message: 'beforeAll: the world could not be built' }] },
    };
    const block = { type: 'suite', name: 'a capability', mode: 'run', result: { state: 'skip' }, file };
    const test = {
      type: 'test',
      name: 'answers',
      mode: 'run',
      result: { state: 'skip' },
      suite: block,
      file,
    };

    // Act
    const result = helpers.convertTestToTestResult(test);

    // Assess: failed (a killed mutant), not skipped (which let the mutant survive with no test run)
    expect(result.failureMessage).toBe('beforeAll: the world could not be built');
  });
});
