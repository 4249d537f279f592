/**
 * The script served in place of Office.js: installs the fake Excel host with the workbook the
 * test handed over (window.__fakeWorkbook, set by an init script) and Office's theme.
 */
import { installFakeExcel, type WorkbookJson } from '../host/fakeExcel';

/* global window */

interface TestWindow {
  __fakeWorkbook?: WorkbookJson;
  __officeTheme?: { bodyBackgroundColor: string; isDarkTheme: boolean };
}

const w = window as unknown as TestWindow;
installFakeExcel(w.__fakeWorkbook ?? { sheets: [{ name: 'Sheet1', cells: [] }] });
const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office;
if (w.__officeTheme) office.context.officeTheme = w.__officeTheme;
