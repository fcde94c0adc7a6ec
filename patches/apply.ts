/**
 * Applies `patches/<package>+<version>.patch` (unified diffs, as patch-package writes them) to node_modules.
 * Run by `npm install` (postinstall). Idempotent: a hunk already applied is left alone. Loud: a package at
 * another version, or a hunk whose text is in neither its old nor its new form, fails the install, because
 * then the fix no longer fits the code and someone must look at it again.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Hunk {
  /** Line in the old file where the hunk starts (from its `@@` header), for messages. */
  line: number;
  before: string;
  after: string;
}

export interface FilePatch {
  path: string;
  hunks: Hunk[];
}

export class PatchError extends Error {}

/** The files and hunks of a unified diff; text before the first `---` (a description) is ignored. */
export function parsePatch(text: string): FilePatch[] {
  const files: FilePatch[] = [];
  let file: FilePatch | undefined;
  let hunk: { line: number; before: string[]; after: string[] } | undefined;
  const close = () => {
    if (hunk && file)
      file.hunks.push({ line: hunk.line, before: hunk.before.join('\n'), after: hunk.after.join('\n') });
    hunk = undefined;
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('--- ')) {
      close();
      continue;
    }
    if (line.startsWith('+++ ')) {
      file = { path: line.slice(4).trim().replace(/^b\//, ''), hunks: [] };
      files.push(file);
      continue;
    }
    const header = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(line);
    if (header) {
      close();
      hunk = { line: Number(header[1]), before: [], after: [] };
      continue;
    }
    if (!hunk) continue;
    const [mark, rest] = [line[0], line.slice(1)];
    if (mark === ' ' || line === '') {
      hunk.before.push(rest);
      hunk.after.push(rest);
    } else if (mark === '-') hunk.before.push(rest);
    else if (mark === '+') hunk.after.push(rest);
    else if (mark !== '\\') close(); // `\ No newline at end of file` is not a line of the file
  }
  close();
  // A blank line after the last hunk is the file's trailing newline, not a context line.
  for (const each of files)
    for (const h of each.hunks) {
      while (h.before.endsWith('\n') && h.after.endsWith('\n')) {
        h.before = h.before.slice(0, -1);
        h.after = h.after.slice(0, -1);
      }
    }
  return files.filter((each) => each.hunks.length > 0);
}

/**
 * `source` with the hunks applied in order: each is looked for after the previous one, in its old form
 * (replaced) or its new form (already applied, left alone), whichever comes first.
 */
export function applyHunks(
  source: string,
  hunks: readonly Hunk[],
  name: string,
): { text: string; applied: number; present: number } {
  let text = source;
  let cursor = 0;
  let applied = 0;
  let present = 0;
  for (const [index, hunk] of hunks.entries()) {
    const old = text.indexOf(hunk.before, cursor);
    const done = text.indexOf(hunk.after, cursor);
    if (old < 0 && done < 0)
      throw new PatchError(
        `${name}: hunk ${index + 1} (line ${hunk.line}) matches neither the original nor the patched text; ` +
          'the package changed: review the patch',
      );
    if (done >= 0 && (old < 0 || done <= old)) {
      present += 1;
      cursor = done + hunk.after.length;
      continue;
    }
    text = text.slice(0, old) + hunk.after + text.slice(old + hunk.before.length);
    applied += 1;
    cursor = old + hunk.after.length;
  }
  return { text, applied, present };
}

/** `dynalite+4.0.0.patch` → dynalite 4.0.0; `@scope+name+1.2.3.patch` → @scope/name 1.2.3. */
export function targetOf(fileName: string): { name: string; version: string } {
  const parts = fileName.replace(/\.patch$/, '').split('+');
  const version = parts.pop();
  if (!version || parts.length === 0) throw new PatchError(`${fileName}: expected <package>+<version>.patch`);
  return { name: parts.join('/'), version };
}

/** Applies one patch file under `root` (the folder holding node_modules); returns a line for the log. */
export function applyPatchFile(root: string, patchPath: string): string {
  const fileName = patchPath.split(/[\\/]/).pop() as string;
  const { name, version } = targetOf(fileName);
  const manifest = join(root, 'node_modules', name, 'package.json');
  const installed = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  if (installed !== version)
    throw new PatchError(
      `${fileName}: written for ${name} ${version}, but ${installed} is installed; review the patch`,
    );
  const counts = { applied: 0, present: 0 };
  for (const file of parsePatch(readFileSync(patchPath, 'utf8'))) {
    const target = join(root, file.path);
    const source = readFileSync(target, 'utf8');
    const result = applyHunks(source, file.hunks, `${fileName} → ${file.path}`);
    if (result.text !== source) writeFileSync(target, result.text);
    counts.applied += result.applied;
    counts.present += result.present;
  }
  const state = counts.applied > 0 ? `${counts.applied} hunk(s) applied` : 'already applied';
  return `patches: ${name} ${version} — ${state}`;
}

/** Every `*.patch` in `patchDir`, applied under `root`. */
export function applyAll(root: string, patchDir: string): string[] {
  return readdirSync(patchDir)
    .filter((entry) => entry.endsWith('.patch'))
    .sort()
    .map((entry) => applyPatchFile(root, join(patchDir, entry)));
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    for (const line of applyAll(resolve(here, '..'), here)) console.log(line);
  } catch (error) {
    console.error(`\n✖ ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
