/**
 * No array is ever spread into a call in src (docs/design.md's promise "no array is ever spread
 * into a call"): `push(...xs)`, `Math.max(...xs)` and `String.fromCharCode(...xs)` put every element
 * on the stack, and a million-row plan overflows it ("Maximum call stack size exceeded", as
 * `check` of 1,000,000 rows once ended). ESLint refuses each in any folder of src; the loops that
 * replace them (pushAll, maxOf) pass, and so do spreads that build arrays and objects, which do not
 * use the stack. Passing on a function's own rest parameters (`...params`, `...args`) is allowed:
 * there are only as many as its signature names.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { maxOf, minOf, pushAll } from '../../src/plan';

const root = join(__dirname, '..', '..');

const CASES: { file: string; code: string; allowed: boolean }[] = [
  {
    file: 'src/plan/history/probe.ts',
    code: 'export const f = (a: number[], b: number[]) => a.push(...b);\n',
    allowed: false,
  },
  {
    file: 'src/xlsx/parts/probe.ts',
    code: 'export const f = (xs: number[]) => Math.max(...xs);\n',
    allowed: false,
  },
  {
    file: 'src/excel/probe.ts',
    code: 'export const f = (xs: number[]) => Math.min(0, ...xs);\n',
    allowed: false,
  },
  {
    file: 'src/report/probe.ts',
    code: 'export const f = (xs: number[]) => String.fromCharCode(...xs);\n',
    allowed: false,
  },
  {
    file: 'src/cli/probe.ts',
    code: 'export const f = (xs: number[]) => new Set(...[xs]);\n',
    allowed: false,
  },
  {
    file: 'src/taskpane/probe.tsx',
    code: 'export const f = (g: (...a: number[]) => void, xs: number[]) => g(...xs);\n',
    allowed: false,
  },
  {
    file: 'src/plan/core/probe.ts',
    code: "import { pushAll } from './arrays';\nexport const f = (a: number[], b: number[]) => pushAll(a, b);\n",
    allowed: true,
  },
  {
    file: 'src/report/probe.ts',
    code: 'export const f = (a: number[], b: number[]) => [...a, ...b];\n',
    allowed: true,
  },
  {
    file: 'src/report/probe.ts',
    code: 'export const f = (o: object) => ({ ...o, x: 1 });\n',
    allowed: true,
  },
  // Passing on a function's own rest parameters: as many as its signature names, never an array.
  {
    file: 'src/plan/core/probe.ts',
    code: 'const g = (...a: [string, number]) => a;\nexport const f = (...params: [string, number]) => g(...params);\n',
    allowed: true,
  },
];

test('lint refuses a spread into any call in src, and passes the loops and the array and object spreads', () => {
  const out = execFileSync(
    process.execPath,
    [join(__dirname, 'lintText.mjs'), JSON.stringify(CASES)],
    {
      cwd: root,
      encoding: 'utf8',
    }
  );
  const results = JSON.parse(out) as { file: string; rules: (string | null)[] }[];
  expect(results.map((r, i) => [CASES[i].code, r.rules.includes('no-restricted-syntax')])).toEqual(
    CASES.map((c) => [c.code, !c.allowed])
  );
}, 120_000);

test('the loops that replace them take a million elements', () => {
  // 0, 1, …, 999,999: the largest is 999,999 and the smallest 0; all of them are appended.
  const million = Array.from({ length: 1_000_000 }, (_, i) => i);
  expect(() => Math.max(...million)).toThrow(RangeError);
  expect(maxOf(million)).toBe(999_999);
  expect(minOf(million)).toBe(0);
  expect(maxOf([], 1)).toBe(1);
  expect(pushAll([-1], million)).toHaveLength(1_000_001);
});
