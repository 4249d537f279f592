import { readFileSync } from 'node:fs';
import path from 'node:path';

const SRC = path.join(__dirname, '..', '..', 'src');

/** Every source file the command line loads, following relative imports from src/cli/main.ts. */
function reachable(from: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/^(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm)]
      .filter((m) => !/^import type\s/.test(m[0]))
      .map((m) => m[1]);
    seen.set(
      file,
      specifiers.filter((s) => !s.startsWith('.'))
    );
    for (const s of specifiers.filter((x) => x.startsWith('.'))) {
      const base = path.resolve(path.dirname(file), s);
      const next = [`${base}.ts`, path.join(base, 'index.ts')].find((f) => {
        try {
          readFileSync(f);
          return true;
        } catch {
          return false;
        }
      });
      if (next) visit(next);
    }
  };
  visit(from);
  return seen;
}

/** The package a specifier loads: 'date-fns/addDays' is date-fns, 'node:fs' is Node itself. */
function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return 'node';
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

describe('what rag-plan loads', () => {
  test('--version, check and refresh load no workbook model library (no ExcelJS, no JSZip): only commander, date-fns and Node', () => {
    const packages = new Set(
      [...reachable(path.join(SRC, 'cli', 'main.ts')).values()].flat().map(packageOf)
    );
    expect([...packages].sort()).toEqual(expect.arrayContaining(['commander', 'node']));
    expect([...packages].filter((p) => !['commander', 'date-fns', 'node'].includes(p))).toEqual([]);
  });
});
