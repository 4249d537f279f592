/**
 * The script served in place of Office.js: installs the fake Excel host with the workbook the
 * test handed over (window.__fakeWorkbook, set by an init script), Office's theme, and the two
 * ribbon APIs the function file uses, recorded for the test (Office.actions, Office.addin).
 */
import { installFakeExcel, type HostOptions, type WorkbookJson } from '../host/fakeExcel';

/* global window */

interface TestWindow {
  __fakeWorkbook?: WorkbookJson;
  __fakeHostOptions?: HostOptions;
  __officeTheme?: { bodyBackgroundColor: string; isDarkTheme?: boolean };
  /** Functions the page registered with Office.actions.associate. */
  __actions: Record<string, (event: { completed(): void }) => unknown>;
  /** How many times the page asked Office to show the task pane. */
  __paneShown: number;
}

const w = window as unknown as TestWindow;
installFakeExcel(
  w.__fakeWorkbook ?? { sheets: [{ name: 'Sheet1', cells: [] }] },
  w.__fakeHostOptions
);
const office = (
  globalThis as unknown as {
    Office: Record<string, unknown> & { context: Record<string, unknown> };
  }
).Office;
if (w.__officeTheme) office.context.officeTheme = w.__officeTheme;
w.__actions = {};
w.__paneShown = 0;
office.actions = {
  associate: (name: string, fn: TestWindow['__actions'][string]) => {
    w.__actions[name] = fn;
  },
};
office.addin = {
  showAsTaskpane: async () => {
    w.__paneShown++;
  },
};
