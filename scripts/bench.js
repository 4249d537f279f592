#!/usr/bin/env node
// `npm run bench`: builds the CLI (the batch figure runs it) and compiles bench/ with its
// tsconfig into build/bench, then runs the harness with --expose-gc so memory is measured after
// a full collection. Arguments are passed on (--quick, --only=engine,trips,peer,pane,profile).
// Not part of `npm test`: it takes minutes and its figures depend on the machine.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

function step(label, args) {
  process.stderr.write(`bench: ${label}...\n`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return r.status === 0;
}

// tsc still writes its output when another part of the tree has type errors; the bench says so and
// goes on, and each figure reports what it could not measure.
if (!step('building the CLI (npm run build:cli)', [tsc, '-p', 'tsconfig.cli.json'])) {
  process.stderr.write('bench: the CLI build reported errors; the batch figure may be missing.\n');
}
if (!step('compiling bench/ into build/bench', [tsc, '-p', path.join('bench', 'tsconfig.json')])) {
  process.stderr.write(
    'bench: bench/ compiled with type errors (see above); running what was emitted.\n'
  );
}
const main = path.join(root, 'build', 'bench', 'bench', 'main.js');
if (!existsSync(main)) {
  process.stderr.write('bench: build/bench/bench/main.js was not produced; cannot run.\n');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--expose-gc', main, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
