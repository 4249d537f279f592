import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..', '..');
export const DIST = join(ROOT, 'dist');
/**
 * Built once per run by globalSetup: the fake host bundle served in place of Office.js. Inside
 * this checkout (build/ is not committed), so checkouts side by side never serve each other's.
 */
export const HOST_BUILD = join(ROOT, 'build', 'e2e');
export const HOST_BUNDLE = join(HOST_BUILD, 'fake-office.js');
export const SCREENSHOTS = join(ROOT, 'tests', 'screenshots');
export const CHROMIUM = '/usr/bin/chromium';
export const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
export const FIXTURE_XLSX = join(ROOT, 'tests', 'fixtures', 'havering-productivity-plan-2024.xlsx');
export const FIXTURE_JSON = join(HOST_BUILD, 'havering-productivity-plan-2024.json');
