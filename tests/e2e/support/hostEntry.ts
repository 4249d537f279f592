/**
 * The script served in place of Office.js: installs the fake Excel host with the workbook and
 * options the test handed over (window.__fakeWorkbook and __fakeHostOptions, set by an init
 * script) and Office's theme. The ribbon is the host's own (Office.actions.associate,
 * Office.addin.showAsTaskpane); tests reach it as window.__actions and window.__paneShown, or
 * press a button with window.__fakeExcel.pressRibbonButton.
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
const host = installFakeExcel(
  w.__fakeWorkbook ?? { sheets: [{ name: 'Sheet1', cells: [] }] },
  w.__fakeHostOptions
);
const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } }).Office;
if (w.__officeTheme) office.context.officeTheme = w.__officeTheme;
w.__actions = host.ribbon.actions;
Object.defineProperty(w, '__paneShown', { get: () => host.ribbon.paneShown });
