#!/usr/bin/env node
// Prints the Summary's "Changes since last refresh" block as a manager would see it, for the
// README (docs/images/summary-changes.png): the seed-shaped plan of tests/cli/historyPlans.ts
// refreshed three times a month apart by the command line, edited in between (re-rated, completed,
// a date moved, a row inserted above, sorted, an action added and one deleted), then printed to
// PDF by LibreOffice and the block cropped at 80 dpi from its heading to "RAG by area".
//
// Needs: a built CLI (npm run build:cli), soffice, pdftotext and pdftoppm (poppler-utils), convert
// (ImageMagick). Not part of CI. Usage: node scripts/look-changes.js [OUT.png]
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const ts = require('typescript');

const root = path.join(__dirname, '..');
const outPng = path.resolve(
  process.argv[2] || path.join(root, 'docs', 'images', 'summary-changes.png')
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rag-plan-look-changes-'));

/** tests/cli/historyPlans.ts, compiled in memory: the plan and its edits live in one place. */
function loadPlans() {
  const file = path.join(root, 'tests', 'cli', 'historyPlans.ts');
  const js = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2020,
      esModuleInterop: true,
    },
  }).outputText;
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  m._compile(js, file);
  return m.exports;
}

const plans = loadPlans();
const row = (rows, action) => rows.find((r) => r[2].startsWith(action));
const byAreaThenAction = (a, b) => a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]);

// 1 May: the first version, its climate action due at the end of June.
const may = plans.VERSION_1.map((r) => [...r]);
row(may, 'Consider and agree options')[4] = 'June 2024';
// 3 Jun: the recruitment panel slips to Amber.
const june = may.map((r) => [...r]);
row(june, 'Recruitment panel')[5] = 'Amber';
// 1 Jul: the edits of historyPlans.ts, the recruitment panel back to Green, a debt recovery
// board added; the climate action is now past its date.
const july = plans.version2();
row(july, 'Consider and agree options')[4] = 'June 2024';
july.push([
  'Housing',
  'Reduce tenancy arrears',
  'Set up a debt recovery board for high volume debts',
  'Paul Warner',
  'March 2025',
  'Amber',
]);
july.sort(byAreaThenAction);

const cli = path.join(root, 'bin', 'rag-plan.js');
function refresh(file, asOf) {
  execFileSync(process.execPath, [cli, 'refresh', file, '--as-of', asOf], {
    env: { ...process.env, RAG_PLAN_NOW: `${asOf}T09:00:00` },
    stdio: 'inherit',
  });
}

async function main() {
  const file = path.join(dir, 'productivity-plan.xlsx');
  await plans.planFile(file, may, plans.TITLE_1);
  refresh(file, '2024-05-01');
  await plans.editPlan(file, june, plans.TITLE_1);
  refresh(file, '2024-06-03');
  await plans.editPlan(file, july, plans.TITLE_2);
  refresh(file, '2024-07-01');

  const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'ignore',
  });
  const pdf = file.replace(/\.xlsx$/, '.pdf');
  const pieces = cropBlock(pdf);
  execFileSync('convert', [
    ...pieces,
    '-append',
    '-trim',
    '-bordercolor',
    'white',
    '-border',
    '16',
    outPng,
  ]);
  process.stdout.write(`Wrote ${path.relative(root, outPng)}.\n`);
  if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true });
}

const DPI = 100;
const px = (pt) => Math.round((pt * DPI) / 72);

/** The y (in points) where a phrase starts on a page of `pdftotext -bbox` output, or null. */
function yOf(page, words) {
  const word = (w, capture) =>
    `<word xMin="[\\d.]+" yMin="${capture ? '([\\d.]+)' : '[\\d.]+'}"[^>]*>${w}</word>`;
  const m = new RegExp(words.map((w, i) => word(w, i === 0)).join('\\s*')).exec(page);
  return m ? Number(m[1]) : null;
}

/** The first and last rows of a PNG that hold ink (ImageMagick's trim box). */
function inkRows(png) {
  const box = execFileSync('convert', [png, '-trim', '-format', '%h %Y', 'info:'], {
    encoding: 'utf8',
  });
  const [h, y] = box.trim().split(' ').map(Number);
  return { top: y, bottom: y + h };
}

/**
 * The Summary's changes block, from its heading to "RAG by area", as full-width PNG strips (one a
 * page it spans, without the page margins between), ready to stack.
 */
function cropBlock(pdf) {
  const pages = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' })
    .split('<page ')
    .slice(1);
  const first = pages.findIndex((p) => yOf(p, ['Changes', 'since', 'last', 'refresh']) !== null);
  const last = pages.findIndex((p, i) => i >= first && yOf(p, ['RAG', 'by', 'area']) !== null);
  if (first < 0 || last < 0) throw new Error('The printed Summary has no changes block.');
  const strips = [];
  for (let i = first; i <= last; i++) {
    const png = path.join(dir, `page-${i + 1}`);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      String(DPI),
      '-f',
      String(i + 1),
      '-l',
      String(i + 1),
      '-singlefile',
      pdf,
      png,
    ]);
    const ink = inkRows(`${png}.png`);
    const from =
      i === first ? px(yOf(pages[i], ['Changes', 'since', 'last', 'refresh'])) - 6 : ink.top - 6;
    const to = i === last ? px(yOf(pages[i], ['RAG', 'by', 'area'])) - 3 : ink.bottom + 6;
    const width = Number(
      execFileSync('identify', ['-format', '%w', `${png}.png`], { encoding: 'utf8' })
    );
    execFileSync('convert', [
      `${png}.png`,
      '-crop',
      `${width}x${to - from}+0+${from}`,
      '+repage',
      `${png}-strip.png`,
    ]);
    strips.push(`${png}-strip.png`);
  }
  return strips;
}

main().catch((e) => {
  process.stderr.write(`look-changes: ${e.message}\n(kept ${dir})\n`);
  process.exitCode = 1;
});
