/** LibreOffice for the tests that round-trip a workbook through it (installed by ensure-tools). */
import { execFileSync, spawnSync } from 'node:child_process';
import { basename, join } from 'node:path';

/** True when `soffice` runs here. */
export const hasLibreOffice =
  spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * Opens a workbook in headless LibreOffice and saves it as .xlsx into outDir, with its own profile
 * so runs never share one; returns the saved file's path.
 */
export function saveThroughLibreOffice(file: string, outDir: string, profile: string): string {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'xlsx:Calc MS Excel 2007 XML',
      '--outdir',
      outDir,
      file,
    ],
    { stdio: 'ignore', timeout: 120_000 }
  );
  return join(outDir, basename(file));
}
