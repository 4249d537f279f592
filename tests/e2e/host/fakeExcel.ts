/**
 * The one in-memory Excel host the tests and the bench use: the unit tests under jest, the
 * browser tests (bundled in place of Office.js) and `npm run bench`. It offers the Office.js
 * surface the add-in uses and behaves as Microsoft documents Excel does, not as is convenient:
 * commands are queued and run in order on context.sync(), and Excel.run sends what is left queued
 * when its batch resolves; a property read before it was loaded and synced throws; a sync whose
 * request or response passes 5 MB fails; APIs newer than the host's ExcelApi set fail with
 * ApiNotFound while isSetSupported says which sets it has; mergeUndoGroup groups the undo list
 * only on a host with ExcelApi 1.20, and APIs without undo support clear it (or fail the group).
 * The pieces: context.ts (batching, undo), proxy.ts (load and sync), worksheet.ts, range.ts,
 * formats.ts, charts.ts, workbook.ts, customXml.ts, office.ts (the Office global), model.ts (the
 * workbook and its JSON form). No Node APIs: it bundles for the browser.
 */
import { Context, type HostState, type Platform, type SyncRecord } from './context';
import { fail } from './errors';
import { modelFromJson, splitSheetAddress, type WorkbookJson, type WorkbookModel } from './model';
import { officeGlobal, Ribbon } from './office';
import { includes, NEWEST_EXCEL_API } from './requirements';
import { snapshotWorkbook, type Snapshot } from './snapshot';
import { Application, Workbook } from './workbook';

export { FakeOfficeError } from './errors';
export { PAYLOAD_LIMIT, type Platform, type SyncRecord } from './context';
export { MERGED_AREAS_LIMIT } from './range';
export { API_SETS, NEWEST_EXCEL_API } from './requirements';
export type { Snapshot, SheetSnapshot } from './snapshot';
export type { WorkbookJson } from './model';

export interface HostOptions {
  /** Highest ExcelApi requirement set the host claims (default: the newest, 1.20). */
  apiVersion?: string;
  /** Excel on the web (default), on Windows ("PC") or on the Mac. */
  platform?: Platform;
  /** False: no Office.context.document.settings, so workbook.settings is used. */
  documentSettings?: boolean;
  /** False: the host lacks SharedRuntime 1.1. */
  sharedRuntime?: boolean;
  /** The page is open in a plain browser: Office.onReady reports no host. */
  outsideOffice?: boolean;
}

/** The request context a batch is given: the proxies' context, with workbook and application. */
export type FakeRequestContext = Context & { workbook: Workbook; application: Application };

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

/** The host: install() puts Excel and Office on globalThis; tests inspect it through this object. */
export class FakeExcelHost implements HostState {
  model: WorkbookModel;
  /** Round trips made (a sync with nothing queued makes none). */
  syncCount = 0;
  /** Bytes of every round trip's request and response, and its commands, in order. */
  requests: SyncRecord[] = [];
  suspended = { calculation: 0, screen: 0 };
  /** Failures the next round trips throw, in order (to test error handling). */
  failures: { code: string; message: string }[] = [];
  /** While true, a batch without delayForCellEdit fails as Excel does in cell-edit mode. */
  cellEditMode = false;
  nextId = 0;
  /** Entries the user's undo list holds: one per sync that changed something, or one per grouped Excel.run. */
  undoSteps = 0;
  /** Times an API without undo support emptied the undo list. */
  undoCleared = 0;
  /** Each application.calculate() call, by type. */
  recalculations: string[] = [];
  /** Handlers registered with worksheets.onActivated. */
  activationHandlers = new Set<(event: { worksheetId: string }) => Promise<unknown>>();
  /** The ribbon's buttons and what the page associated with them. */
  readonly ribbon = new Ribbon();
  readonly options: Required<HostOptions>;

  constructor(json: WorkbookJson, options: HostOptions = {}) {
    this.model = modelFromJson(json);
    // Ids go on from the conditional formats and custom XML parts the workbook came with.
    this.nextId = this.model.customXmlParts.length;
    for (const sheet of this.model.sheets)
      for (const cf of sheet.conditionalFormats) this.nextId = Math.max(this.nextId, cf.id);
    this.options = {
      apiVersion: options.apiVersion ?? NEWEST_EXCEL_API,
      platform: options.platform ?? 'OfficeOnline',
      documentSettings: options.documentSettings ?? true,
      sharedRuntime: options.sharedRuntime ?? true,
      outsideOffice: options.outsideOffice ?? false,
    };
  }

  /** The user clicks another sheet's tab: it becomes active and onActivated handlers run. */
  async activateSheet(name: string): Promise<void> {
    this.model.active = name;
    for (const handler of this.activationHandlers) await handler({ worksheetId: name });
  }

  /** The user presses a ribbon button whose action is a function command. */
  pressRibbonButton(action: string): Promise<boolean> {
    return this.ribbon.press(action);
  }

  get selection(): string | null {
    return this.model.selection;
  }

  /** The user selects cells ("'Risk register'!A3:F6"): that sheet becomes active, as in Excel. */
  selectRange(reference: string): void {
    const { sheet } = splitSheetAddress(reference);
    if (sheet) this.model.active = sheet;
    this.model.selection = reference;
  }

  get activeSheet(): string {
    return this.model.active;
  }

  resetCounts(): void {
    this.syncCount = 0;
    this.requests = [];
  }

  isSetSupported(name: string, version?: string): boolean {
    return name === 'ExcelApi' && includes(this.options.apiVersion, version ?? '1.1');
  }

  /**
   * Excel.run: a fresh request context per batch; what the batch leaves queued is sent when it
   * resolves. delayForCellEdit (1.11) and mergeUndoGroup (1.20) take effect only on a host with
   * their requirement set: an older host does not know them.
   */
  async run<T>(optionsOrBatch: unknown, maybeBatch?: Batch<T>): Promise<T> {
    const batch = (typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch) as Batch<T>;
    const options = (
      typeof optionsOrBatch === 'object' && optionsOrBatch !== null ? optionsOrBatch : {}
    ) as { delayForCellEdit?: boolean; mergeUndoGroup?: boolean };
    const delay = !!options.delayForCellEdit && this.isSetSupported('ExcelApi', '1.11');
    const group = !!options.mergeUndoGroup && this.isSetSupported('ExcelApi', '1.20');
    const context = new Context(this, delay, group) as FakeRequestContext;
    Object.assign(context, {
      workbook: new Workbook(context),
      application: new Application(context),
    });
    const pending = batch(context);
    if (!pending || typeof pending.then !== 'function')
      fail('InvalidArgument', 'The batch function passed to Excel.run must return a promise.');
    const result = await pending;
    if (context.pending) await context.sync();
    return result;
  }

  /** The globals an add-in sees. */
  globals(): { Excel: unknown; Office: unknown } {
    const run = (a: unknown, b?: Batch<unknown>) => this.run(a, b);
    const Office = officeGlobal(this.options, () => this.model, this.ribbon);
    return { Excel: this.options.outsideOffice ? undefined : { run }, Office };
  }

  /** Puts Excel and Office on globalThis (and window.__fakeExcel in a browser). */
  install(): this {
    const g = globalThis as unknown as Record<string, unknown>;
    Object.assign(g, this.globals());
    if (typeof window !== 'undefined')
      (window as unknown as Record<string, unknown>).__fakeExcel = this;
    return this;
  }

  /** A JSON view of the workbook for assertions. */
  snapshot(): Snapshot {
    return snapshotWorkbook(this.model);
  }
}

/** Creates a host from workbook JSON and installs it. */
export function installFakeExcel(json: WorkbookJson, options?: HostOptions): FakeExcelHost {
  return new FakeExcelHost(json, options).install();
}
