/**
 * Before any e2e test: check the add-in was built, convert the seed fixture to the fake host's
 * JSON, and bundle the fake Excel host for the browser with webpack (the add-in's own toolchain).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { readWorkbook } from '../../../src/xlsx/readWorkbook';
import { gridsToWorkbookJson } from '../host/fixtureToJson';
import { DIST, FIXTURE_JSON, FIXTURE_XLSX, HOST_BUILD, ROOT } from './paths';

export default async function globalSetup(): Promise<void> {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error(
      'dist/ has no taskpane.html: run `npm run build:placeholder` first (npm run test:e2e does).'
    );
  }
  // The seed fixture, read as the command line reads it, as the fake host's workbook JSON.
  mkdirSync(HOST_BUILD, { recursive: true });
  writeFileSync(
    FIXTURE_JSON,
    JSON.stringify(gridsToWorkbookJson(await readWorkbook(FIXTURE_XLSX)))
  );

  await new Promise<void>((resolve, reject) => {
    webpack(
      {
        mode: 'development',
        devtool: false,
        entry: join(ROOT, 'tests/e2e/support/hostEntry.ts'),
        output: { path: HOST_BUILD, filename: 'fake-office.js' },
        resolve: { extensions: ['.ts', '.js'] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: 'ts-loader',
              options: { transpileOnly: true, compilerOptions: { noEmit: false } },
            },
          ],
        },
      },
      (err, stats) => {
        if (err) return reject(err);
        if (stats?.hasErrors())
          return reject(new Error(stats.toString({ all: false, errors: true })));
        resolve();
      }
    );
  });
}
