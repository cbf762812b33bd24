// The engine's modules import one another in one direction only: no import cycle, counting
// type-only imports too (a cycle of types is a cycle of knowledge: config that knows the rules
// that know the config). Reads every server/src/engine/**/*.ts and follows relative imports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../server/src/engine');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

// `import … from '…'`, `import '…'`, `export … from '…'`, `import('…')`, `require('…')`.
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Relative imports of a TypeScript source, resolved to files (comments stripped first). */
export function importsOf(file: string, text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
  const found: string[] = [];
  for (const m of code.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (!spec.startsWith('.')) continue;
    const base = resolve(dirname(file), spec);
    const target = [`${base}.ts`, join(base, 'index.ts'), base].find((p) => existsSync(p) && statSync(p).isFile());
    if (target) found.push(target);
  }
  return found;
}

/** Every cycle's files, as one strongly connected component each (Tarjan). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let next = 0;
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return components;
}

test('the import parser finds static, type-only, re-export, dynamic and require imports', () => {
  const file = join(root, 'lint.ts');
  const text = [
    "import { a } from './config';",
    "import type { B } from './model';",
    "export { c } from './rules/index';",
    "const d = require('./schema');",
    "// import { e } from './edits';",
    "import picomatch from 'picomatch';",
  ].join('\n');
  assert.deepEqual(importsOf(file, text).map((p) => relative(root, p)), ['config.ts', 'model.ts', 'rules/index.ts', 'schema.ts']);
});

test('the cycle finder finds a cycle and nothing in a tree', () => {
  assert.deepEqual(cycles(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]])), [['a', 'b', 'c']]);
  assert.deepEqual(cycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]])), []);
});

test('server/src/engine has no import cycle', () => {
  const files = sources(root);
  assert.ok(files.length > 30, `found only ${files.length} engine sources`);
  const graph = new Map(files.map((f) => [f, importsOf(f, readFileSync(f, 'utf8'))]));
  const found = cycles(graph).map((c) => c.map((f) => relative(root, f)));
  assert.deepEqual(found, [], `import cycles in the engine:\n${found.map((c) => `  ${c.join(' ↔ ')}`).join('\n')}`);
});
