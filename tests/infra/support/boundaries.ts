/**
 * The module boundaries of functions/ (ARCHITECTURE.md: capability folders), checked from the import statements
 * of the source files alone: no build, no type checker. `checkBoundaries` takes the files as text so that a test
 * can feed it a synthetic tree and see every rule fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';

export type ImportKind = 'import' | 'export' | 'dynamic';

export interface ImportRef {
  readonly specifier: string;
  readonly kind: ImportKind;
  /** `import type`, `export type`: erased, so no runtime edge (`import { type A }` keeps one: verbatimModuleSyntax). */
  readonly typeOnly: boolean;
  readonly line: number;
}

export type Rule =
  | 'domain-purity'
  | 'capability-index'
  | 'platform-independence'
  | 'value-cycle'
  | 'aggregate-manifest'
  | 'unresolved';

export interface Violation {
  readonly rule: Rule;
  /** Repository-relative path of the importing file (for a cycle, its first file). */
  readonly file: string;
  /** The import as written (for a cycle, the cycle path). */
  readonly specifier: string;
  readonly line: number;
  readonly message: string;
}

/** Files allowed to import the aggregate `functions/manifest.ts` (the OpenAPI document and itself). */
export const aggregateManifestImporters: ReadonlySet<string> = new Set([
  'functions/manifest.ts',
  'functions/system/handlers/docs.ts',
  'functions/system/openapi.ts',
]);

const aggregateManifest = 'functions/manifest.ts';

/** Every import of one file: static imports, re-exports and dynamic `import('literal')`. */
export function parseImports(path: string, text: string): ImportRef[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const refs: ImportRef[] = [];
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      refs.push({
        specifier: node.moduleSpecifier.text,
        kind: 'import',
        typeOnly: node.importClause?.isTypeOnly ?? false,
        line: lineOf(node),
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      refs.push({
        specifier: node.moduleSpecifier.text,
        kind: 'export',
        typeOnly: node.isTypeOnly,
        line: lineOf(node),
      });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      refs.push({ specifier: node.arguments[0].text, kind: 'dynamic', typeOnly: false, line: lineOf(node) });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      // `typeof import('#functions/x')` in a type position.
      refs.push({
        specifier: node.argument.literal.text,
        kind: 'import',
        typeOnly: true,
        line: lineOf(node),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/**
 * The repository-relative file an import names, `undefined` when it names no file of `files` (a package, or a
 * path that does not exist). `#functions/x/y` is `functions/x/y.ts` or `functions/x/y/index.ts`.
 */
export function resolveImport(
  from: string,
  specifier: string,
  files: ReadonlySet<string>,
): string | undefined {
  let base: string;
  if (specifier.startsWith('#functions/')) base = `functions/${specifier.slice('#functions/'.length)}`;
  else if (specifier.startsWith('./') || specifier.startsWith('../'))
    base = posix.normalize(posix.join(posix.dirname(from), specifier));
  else return undefined;
  const stem = base.replace(/\.(js|mjs|ts|mts)$/, '');
  return [`${stem}.ts`, `${stem}/index.ts`, base].find((candidate) => files.has(candidate));
}

/** Whether the import should have resolved to a file of ours (so failing to is an error, not a package). */
const isInternal = (specifier: string) =>
  specifier.startsWith('#functions/') || specifier.startsWith('./') || specifier.startsWith('../');

/** `functions/<capability>/...` → the capability; platform, the aggregate manifest and others → undefined. */
export function capabilityOf(file: string): string | undefined {
  const match = /^functions\/([^/]+)\/.+/.exec(file);
  if (!match?.[1] || match[1] === 'platform') return undefined;
  return match[1];
}

const isPlatform = (file: string) => file.startsWith('functions/platform/');
const isDomain = (file: string) => /^functions\/[^/]+\/domain\//.test(file) && !isPlatform(file);
const isStore = (file: string) => /^functions\/[^/]+\/store\//.test(file);
const isAwsSdk = (specifier: string) => specifier.startsWith('@aws-sdk/');

/** One shortest cycle through `start` inside its strongly connected component. */
function cycleThrough(
  start: string,
  graph: ReadonlyMap<string, ReadonlySet<string>>,
  component: Set<string>,
) {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at))
          path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

/** Strongly connected components of the graph (Tarjan), only those that hold a cycle. */
function cyclicComponents(graph: ReadonlyMap<string, ReadonlySet<string>>): Set<string>[] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: Set<string>[] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) as number, index.get(next) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component = new Set<string>();
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.add(member);
      } while (member !== node);
      if (component.size > 1 || graph.get(node)?.has(node)) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return components;
}

/**
 * Checks the rules on a set of files (repository-relative path → source text):
 * - domain-purity: `<capability>/domain/` imports neither `@aws-sdk/*` nor any `store/` module;
 * - capability-index: capability X reaches capability Y only through `#functions/Y/index` (type imports too);
 * - platform-independence: `functions/platform/` imports no capability and not the aggregate manifest;
 * - value-cycle: no cycle of value imports (static imports and re-exports that are not `type`; dynamic
 *   `import()` is lazy, so it closes no initialisation cycle and is left out);
 * - aggregate-manifest: only the OpenAPI document (docs, openapi) imports `functions/manifest.ts`;
 * - unresolved: an internal import (`#functions/...`, relative) names a file that does not exist.
 */
export function checkBoundaries(files: ReadonlyMap<string, string>): Violation[] {
  const paths = new Set(files.keys());
  const violations: Violation[] = [];
  const graph = new Map<string, Set<string>>();
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const edges = new Set<string>();
    graph.set(file, edges);
    const fromCapability = capabilityOf(file);
    for (const ref of parseImports(file, text)) {
      const report = (rule: Rule, message: string) =>
        violations.push({ rule, file, specifier: ref.specifier, line: ref.line, message });
      const target = resolveImport(file, ref.specifier, paths);
      if (target === undefined) {
        if (isInternal(ref.specifier)) report('unresolved', 'names no file under functions/');
        if (isDomain(file) && isAwsSdk(ref.specifier))
          report('domain-purity', 'domain code must not use the AWS SDK (that is store/ work)');
        continue;
      }
      if (!ref.typeOnly && ref.kind !== 'dynamic') edges.add(target);
      const toCapability = capabilityOf(target);
      if (isDomain(file) && isStore(target))
        report('domain-purity', `domain code must not import a store/ module (${target})`);
      if (
        fromCapability !== undefined &&
        toCapability !== undefined &&
        toCapability !== fromCapability &&
        target !== `functions/${toCapability}/index.ts`
      )
        report(
          'capability-index',
          `${fromCapability} may use ${toCapability} only through #functions/${toCapability}/index (${target})`,
        );
      if (isPlatform(file) && (toCapability !== undefined || target === aggregateManifest))
        report('platform-independence', `platform must not know any capability (${target})`);
      if (target === aggregateManifest && !aggregateManifestImporters.has(file))
        report(
          'aggregate-manifest',
          'only the OpenAPI document (system/handlers/docs, system/openapi) may import the aggregate manifest',
        );
    }
  }
  for (const component of cyclicComponents(graph)) {
    const start = [...component].sort()[0] as string;
    const cycle = cycleThrough(start, graph, component);
    violations.push({
      rule: 'value-cycle',
      file: start,
      specifier: cycle.join(' → '),
      line: 0,
      message: `value import cycle among ${component.size} files`,
    });
  }
  return violations;
}

/** `[rule] file:line → 'import': why`, or for a cycle `[value-cycle] a → b → a (...)`. */
export function formatViolation(v: Violation): string {
  return v.rule === 'value-cycle'
    ? `[${v.rule}] ${v.specifier} (${v.message})`
    : `[${v.rule}] ${v.file}:${v.line} → '${v.specifier}': ${v.message}`;
}

export function formatViolations(violations: readonly Violation[]): string {
  return violations.map(formatViolation).join('\n');
}

/** Every .ts file under `dir` of the repository, as repository-relative path → text. */
export function readSources(repoRoot: string, dir = 'functions'): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (absolute: string) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      const path = join(absolute, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))
        files.set(relative(repoRoot, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(join(repoRoot, dir));
  return files;
}
