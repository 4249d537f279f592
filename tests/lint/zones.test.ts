/**
 * ESLint enforces the house's arrows (docs/design.md): each case is an import a file in one folder makes, linted
 * with the project's own config as if the file were there. Forbidden imports must fail lint;
 * the allowed ones beside them must pass, so the rule is not simply "no imports".
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

const CASES: { file: string; code: string; allowed: boolean }[] = [
  {
    // The pane's roll-up reads picked files through the file adapter's browser face...
    file: 'src/addin/zoneProbe.ts',
    code: "import { readWorkbookBytes } from '../xlsx/inBrowser';\nexport const x = readWorkbookBytes;\n",
    allowed: true,
  },
  {
    // ...never its Node face, which would put node:fs into the pane's bundle.
    file: 'src/addin/zoneProbe.ts',
    code: "import { loadWorkbook } from '../xlsx';\nexport const x = loadWorkbook;\n",
    allowed: false,
  },
  {
    file: 'src/addin/zoneProbe.ts',
    code: "import { gridsOf } from '../xlsx/readGrids';\nexport const x = gridsOf;\n",
    allowed: false,
  },
  {
    file: 'src/plan/read/zoneProbe.ts',
    code: "import { readGrid } from '../../excel';\nexport const x = readGrid;\n",
    allowed: false,
  },
  {
    file: 'src/plan/read/zoneProbe.ts',
    code: "import { buildSheets } from '../../report/buildSheets';\nexport const x = buildSheets;\n",
    allowed: false,
  },
  {
    file: 'src/plan/read/zoneProbe.ts',
    code: "import { parseRange } from '../core';\nexport const x = parseRange;\n",
    allowed: true,
  },
  {
    file: 'src/plan/read/zoneProbe.ts',
    code: "import { parseRange } from '../core/address';\nexport const x = parseRange;\n",
    allowed: false,
  },
  {
    file: 'src/plan/read/zoneProbe.ts',
    code: "import { readPlans } from '../judge';\nexport const x = readPlans;\n",
    allowed: false,
  },
  {
    file: 'src/plan/summary/zoneProbe.ts',
    code: "import { readPlans } from '../judge';\nexport const x = readPlans;\n",
    allowed: true,
  },
  {
    file: 'src/plan/summary/zoneProbe.ts',
    code: "import { readPlans } from '..';\nexport const x = readPlans;\n",
    allowed: false,
  },
  {
    file: 'src/report/zoneProbe.ts',
    code: "import { readPlans } from '../plan/judge/readPlans';\nexport const x = readPlans;\n",
    allowed: false,
  },
  {
    file: 'src/report/zoneProbe.ts',
    code: "import { loadWorkbook } from '../xlsx/readWorkbook';\nexport const x = loadWorkbook;\n",
    allowed: false,
  },
  {
    file: 'src/report/zoneProbe.ts',
    code: "import { readPlans } from '../plan';\nexport const x = readPlans;\n",
    allowed: true,
  },
  {
    file: 'src/excel/zoneProbe.ts',
    code: "import { loadWorkbook } from '../xlsx/readWorkbook';\nexport const x = loadWorkbook;\n",
    allowed: false,
  },
  {
    file: 'src/xlsx/zoneProbe.ts',
    code: "import { readGrid } from '../excel/read';\nexport const x = readGrid;\n",
    allowed: false,
  },
  {
    file: 'src/excel/zoneProbe.ts',
    code: "import { buildRefresh } from '../report/pipeline';\nexport const x = buildRefresh;\n",
    allowed: true,
  },
  {
    file: 'src/commands/zoneProbe.ts',
    code: "import { App } from '../taskpane/App';\nexport const x = App;\n",
    allowed: false,
  },
  {
    file: 'src/taskpane/components/zoneProbe.ts',
    code: "import { runRefresh } from '../../commands/refresh';\nexport const x = runRefresh;\n",
    allowed: false,
  },
  {
    file: 'src/cli/zoneProbe.ts',
    code: "import { writeSummarySheets } from '../excel';\nexport const x = writeSummarySheets;\n",
    allowed: false,
  },
  {
    file: 'src/taskpane/zoneProbe.ts',
    code: "import { findPlans } from '../addin';\nexport const x = findPlans;\n",
    allowed: true,
  },
  {
    file: 'src/taskpane/components/zoneProbe.ts',
    code: "import { findPlans } from '../../addin/workflow';\nexport const x = findPlans;\n",
    allowed: false,
  },
  {
    file: 'src/addin/zoneProbe.ts',
    code: "import { readGrids } from '../excel/read';\nexport const x = readGrids;\n",
    allowed: false,
  },
  {
    file: 'src/addin/zoneProbe.ts',
    code: "import { readGrids } from '../excel';\nexport const x = readGrids;\n",
    allowed: true,
  },
  {
    file: 'src/excel/zoneProbe.ts',
    code: "import { findPlans } from '../addin';\nexport const x = findPlans;\n",
    allowed: false,
  },
  {
    file: 'src/report/zoneProbe.ts',
    code: "import { promises } from 'node:fs';\nexport const x = promises;\n",
    allowed: false,
  },
];

test("lint fails each import against the house's arrows and passes the allowed ones", () => {
  const out = execFileSync(
    process.execPath,
    [join(__dirname, 'lintText.mjs'), JSON.stringify(CASES)],
    { cwd: root, encoding: 'utf8' }
  );
  const results = JSON.parse(out) as { file: string; rules: (string | null)[] }[];
  const seen = results.map((r, i) => ({
    ...CASES[i],
    restricted: r.rules.includes('no-restricted-imports'),
  }));
  expect(seen.map((c) => [c.file, c.code.split('\n')[0], c.restricted])).toEqual(
    CASES.map((c) => [c.file, c.code.split('\n')[0], !c.allowed])
  );
}, 120_000);
