// Browser code must not reach Node: from every browser entry point (src/scripts/**/*.ts) the
// runtime import graph, read with TypeScript's own parser, may touch neither a Node built-in nor
// a module of a build-only folder. A failure names the whole chain, entry first.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Folders whose modules run only in Node, at build time or in tools. */
const BUILD_ONLY = ['src/lib/search/node/', 'src/lib/content/', 'src/lib/parse/', 'src/lib/site/'];
const BUILTINS = new Set(builtinModules);

/**
 * The specifiers a module imports at run time: static imports and re-exports, side-effect imports
 * and import() with a literal. `import type` and `export type` are erased and so left out; an
 * import whose names are all `type`-marked is kept, as verbatimModuleSyntax keeps it.
 */
function runtimeImports(file: string, source = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.importClause?.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) out.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) out.push(arg.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      /* try the next */
    }
  }
  return undefined;
}

/** Every way the graph from `entries` reaches Node or a build-only module, as `a → b → c` chains. */
function nodeReach(entries: string[], root: string, buildOnly = BUILD_ONLY): string[] {
  const rel = (f: string) => relative(root, f).split('\\').join('/');
  const cutoff = buildOnly.map((d) => resolve(root, d) + '/');
  const problems: string[] = [];
  const via = new Map<string, string | undefined>();
  const chain = (file: string): string[] => {
    const up = via.get(file);
    return up === undefined ? [rel(file)] : [...chain(up), rel(file)];
  };
  const queue: string[] = [];
  for (const e of entries) {
    if (via.has(e)) continue;
    via.set(e, undefined);
    queue.push(e);
  }
  while (queue.length) {
    const file = queue.shift()!;
    for (const spec of runtimeImports(file)) {
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = resolveRelative(file, spec);
        if (!target) {
          problems.push(`${chain(file).join(' → ')} → ${spec} (not found)`);
          continue;
        }
        if (cutoff.some((d) => target.startsWith(d))) {
          problems.push(`${[...chain(file), rel(target)].join(' → ')} (a build-only module)`);
          continue;
        }
        if (via.has(target)) continue;
        via.set(target, file);
        queue.push(target);
      } else if (spec.startsWith('node:') || BUILTINS.has(spec.split('/')[0]!) || BUILTINS.has(spec)) {
        problems.push(`${chain(file).join(' → ')} → ${spec} (a Node built-in)`);
      }
      // Other packages (opencc-js…) are bundled by Vite for the browser; their own graph is theirs.
    }
  }
  return problems;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? tsFiles(p) : /\.ts$/.test(d.name) && !/\.(test|d)\.ts$/.test(d.name) ? [p] : [];
  });
}

describe('browser code', () => {
  const root = resolve('.');
  const entries = tsFiles(resolve(root, 'src/scripts'));

  it('has entry points to check', () => {
    expect(entries.map((e) => relative(root, e))).toContain(join('src', 'scripts', 'reader.ts'));
  });

  it('reaches no Node built-in and no build-only module from src/scripts/', () => {
    expect(nodeReach(entries, root)).toEqual([]);
  });
});

describe('the import walker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'browser-safe-'));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  write('src/scripts/entry.ts', "import { a } from '../lib/a.ts';\nexport const x = () => import('../lib/lazy.ts');\n");
  write('src/lib/a.ts', "import type { T } from '../lib/content/load.ts';\nexport { b } from './b.ts';\nexport const a = 1;\n");
  write('src/lib/b.ts', "import { readFileSync } from 'fs';\nexport const b = readFileSync;\n");
  write('src/lib/lazy.ts', "import '../lib/content/side.ts';\n");
  write('src/lib/content/side.ts', "import 'node:path';\n");
  write('src/lib/content/load.ts', 'export type T = number;\n');

  it('names the chain to a built-in, through re-exports, and to a build-only folder, through import()', () => {
    try {
      expect(nodeReach([join(dir, 'src/scripts/entry.ts')], dir, ['src/lib/content/'])).toEqual([
        'src/scripts/entry.ts → src/lib/lazy.ts → src/lib/content/side.ts (a build-only module)',
        'src/scripts/entry.ts → src/lib/a.ts → src/lib/b.ts → fs (a Node built-in)',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
