/**
 * Time from navigation to the first rendered plan in headless Chromium, using the end-to-end
 * tests' host page (tests/e2e/), which serves dist/ and stands in for Excel. Filled in once that
 * host exists; until then the figure is reported as not measured, with the reason.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface FirstRender {
  runs: number;
  medianMs: number;
  runsMs: number[];
}

export async function paneFirstRender(root: string): Promise<FirstRender | string> {
  if (!existsSync(join(root, 'dist', 'taskpane.html'))) return 'dist/taskpane.html is missing: run npm run build';
  if (!existsSync(join(root, 'tests', 'e2e'))) return 'the e2e test host (tests/e2e/) is not in the repository yet';
  return 'the e2e test host has no reusable server/host module the bench can call';
}
