#!/usr/bin/env node
// `npm run fidelity`: compiles the scorer (scripts/fidelity) with the engine and the file reader
// into build/fidelity, then scores every workbook of the two corpora (tests/fixtures/real-layouts,
// rebuilt; tests/fixtures/real-excel, as Excel wrote them) against its hand-labelled truth.
// Arguments are passed on: --json for the figures, --markdown for the tables in docs/fidelity.md,
// --misses for every lost point grouped by cause, --corpus NAME for one corpus, --raise-floors to
// move tests/fixtures/floors.json to today's figures where they are better.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const quiet = process.argv.includes('--json') || process.argv.includes('--markdown');

const built = spawnSync(
  process.execPath,
  [tsc, '-p', path.join('scripts', 'fidelity', 'tsconfig.json')],
  { cwd: root, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' }
);
// tsc writes its output even when some other file has type errors; say so and score what was emitted.
if (built.status !== 0)
  process.stderr.write('fidelity: the build reported type errors; scoring what was emitted.\n');
const main = path.join(root, 'build', 'fidelity', 'scripts', 'fidelity', 'main.js');
if (!existsSync(main)) {
  process.stderr.write(
    'fidelity: build/fidelity/scripts/fidelity/main.js was not produced; cannot run.\n'
  );
  process.exit(1);
}
const r = spawnSync(process.execPath, [main, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
