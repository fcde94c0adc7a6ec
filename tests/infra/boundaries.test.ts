import { describe, expect, it } from 'vitest';
import { repoRoot } from '#infra/bundle';
import {
  checkBoundaries,
  formatViolation,
  formatViolations,
  parseImports,
  type Rule,
  readSources,
} from '#tests/infra/support/boundaries';

/** The tree to check; BOUNDARIES_ROOT points it at a scratch copy (to see the check fail by hand). */
const root = process.env.BOUNDARIES_ROOT ?? repoRoot;

describe('the module boundaries of functions/', () => {
  it('keeps domain pure, capabilities behind their index, platform capability-free, no value cycles, the aggregate manifest to the docs', () => {
    const sources = readSources(root);
    expect(sources.size).toBeGreaterThan(50);
    const violations = checkBoundaries(sources).map(formatViolation);
    expect(violations, `boundary violations (file → import):\n${violations.join('\n')}`).toEqual([]);
  });

  it('reads static imports, re-exports and dynamic imports, telling type-only ones apart', () => {
    const refs = parseImports(
      'functions/x/a.ts',
      [
        "import { a } from './a';",
        "import type { B } from '#functions/b/index';",
        "import { type C } from '#functions/c/index';",
        "export { d } from '#functions/d/index';",
        "export type { E } from '#functions/e/index';",
        "import '#functions/f/index';",
        "const g = () => import('#functions/g/index');",
        "type H = typeof import('#functions/h/index');",
      ].join('\n'),
    );
    expect(refs.map(({ specifier, kind, typeOnly, line }) => [specifier, kind, typeOnly, line])).toEqual([
      ['./a', 'import', false, 1],
      ['#functions/b/index', 'import', true, 2],
      ['#functions/c/index', 'import', false, 3],
      ['#functions/d/index', 'export', false, 4],
      ['#functions/e/index', 'export', true, 5],
      ['#functions/f/index', 'import', false, 6],
      ['#functions/g/index', 'dynamic', false, 7],
      ['#functions/h/index', 'import', true, 8],
    ]);
  });

  it('reports every kind of violation in a synthetic tree (so the check can fail)', () => {
    const files = new Map<string, string>([
      // Allowed: the aggregate and the docs import the aggregate manifest; index, type-only index imports.
      [
        'functions/manifest.ts',
        "import { aManifest } from '#functions/a/manifest';\nexport const m = aManifest;",
      ],
      ['functions/a/manifest.ts', "import { s } from '#functions/a/schemas';\nexport const aManifest = s;"],
      ['functions/a/schemas.ts', 'export const s = 1;'],
      ['functions/a/index.ts', "export { find } from '#functions/a/store/things';"],
      [
        'functions/a/store/things.ts',
        "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const find = DynamoDBClient;",
      ],
      [
        'functions/system/handlers/docs.ts',
        "import { m } from '#functions/manifest';\nexport const docs = m;",
      ],
      ['functions/system/openapi.ts', "import { m } from '#functions/manifest';\nexport const doc = m;"],
      [
        'functions/b/handler.ts',
        "import { find } from '#functions/a/index';\nimport type { X } from '#functions/a/index';\nexport const h = find;",
      ],
      // (a) domain imports the AWS SDK, its own store and another's store (dynamically).
      [
        'functions/b/domain/rule.ts',
        "import { S3Client } from '@aws-sdk/client-s3';\nimport { t } from '../store/things';\nexport const r = async () => [S3Client, t, await import('#functions/a/store/things')];",
      ],
      ['functions/b/store/things.ts', 'export const t = 1;'],
      // (b) capability b reaches into a's schemas (type-only) and a's store (re-export).
      ['functions/b/schemas.ts', "import type { s } from '#functions/a/schemas';\nexport type S = typeof s;"],
      ['functions/b/index.ts', "export { find } from '#functions/a/store/things';"],
      // (c) platform imports a capability's index and the aggregate manifest.
      [
        'functions/platform/http/group.ts',
        "import { find } from '#functions/a/index';\nimport type { m } from '../../manifest';\nexport const g = find;",
      ],
      // (d) value cycle c/x → c/y → c/z → c/x; a type-only back edge (c/w) makes none.
      ['functions/c/x.ts', "import { y } from './y';\nexport const x = y;"],
      [
        'functions/c/y.ts',
        "import { z } from '#functions/c/z';\nimport type { W } from './w';\nexport const y = z;",
      ],
      ['functions/c/z.ts', "export { x as z } from './x';"],
      ['functions/c/w.ts', "import { y } from './y';\nexport type W = typeof y;"],
      // (e) a handler imports the aggregate manifest; unresolved internal import.
      [
        'functions/c/handler.ts',
        "import { m } from '#functions/manifest';\nimport { q } from '#functions/c/missing';\nexport const h = [m, q];",
      ],
    ]);
    const violations = checkBoundaries(files);
    const seen = violations.map((v) => `${v.rule} ${v.file} ${v.specifier}`).sort();
    expect(seen).toEqual(
      [
        'aggregate-manifest functions/c/handler.ts #functions/manifest',
        'aggregate-manifest functions/platform/http/group.ts ../../manifest',
        'capability-index functions/b/domain/rule.ts #functions/a/store/things',
        'capability-index functions/b/index.ts #functions/a/store/things',
        'capability-index functions/b/schemas.ts #functions/a/schemas',
        'domain-purity functions/b/domain/rule.ts #functions/a/store/things',
        'domain-purity functions/b/domain/rule.ts ../store/things',
        'domain-purity functions/b/domain/rule.ts @aws-sdk/client-s3',
        'platform-independence functions/platform/http/group.ts #functions/a/index',
        'platform-independence functions/platform/http/group.ts ../../manifest',
        'unresolved functions/c/handler.ts #functions/c/missing',
        'value-cycle functions/c/x.ts functions/c/x.ts → functions/c/y.ts → functions/c/z.ts → functions/c/x.ts',
      ].sort(),
    );
    const rules = new Set<Rule>(violations.map((v) => v.rule));
    expect([...rules].sort()).toEqual(
      [
        'aggregate-manifest',
        'capability-index',
        'domain-purity',
        'platform-independence',
        'unresolved',
        'value-cycle',
      ].sort(),
    );
    expect(formatViolations(violations)).toContain(
      "[capability-index] functions/b/schemas.ts:1 → '#functions/a/schemas'",
    );
  });
});
