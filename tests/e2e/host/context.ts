/**
 * A request context with Office's batching rules: commands are queued and sent on
 * context.sync(), one request and one response each; a sync with nothing queued makes no round
 * trip (as Office.js skips it); a request or response past 5 MB fails as Excel on the web does;
 * and the undo list grows as Excel documents it: one entry per sync that changed something, or
 * one for a whole Excel.run with mergeUndoGroup, while an API that does not support undo on the
 * platform clears the list (and, inside a group, fails with UndoNotSupported).
 */
import type { WorkbookModel } from './model';
import { fail } from './errors';
import { requireApi, type Api } from './requirements';

/**
 * A sync is a round trip: its promise settles from Excel's reply, which arrives as a task of its
 * own (a message from the host), so the page can render between two syncs, as the pane's progress
 * does in Excel. Settling in the same task would hide every state a refresh passes through.
 */
const hostReply = () => new Promise<void>((reply) => setTimeout(reply, 0));

/** Excel on the web refuses a request or a response larger than this (Office.js resource limits). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Bytes of one queued command's envelope (object path, method name, ids) besides its arguments. */
export const COMMAND_BYTES = 150;

/** Office.context.platform of the host: Excel on the web, on Windows or on the Mac. */
export type Platform = 'OfficeOnline' | 'PC' | 'Mac';

/**
 * How an API stands with undo (Microsoft's "Undo support" page): most APIs can be undone; some
 * cannot on Windows and Mac (Worksheet.visibility, name, position), some nowhere
 * (Worksheet.delete). Calling one clears the user's undo list.
 */
export type UndoSupport = 'yes' | 'not-on-desktop' | 'no';

export interface SyncRecord {
  /** Estimated bytes of the request and of the response. */
  request: number;
  response: number;
  /** Commands the request carried. */
  commands: number;
}

export interface HostOptionsResolved {
  apiVersion: string;
  platform: Platform;
  documentSettings: boolean;
}

/** What a context needs of its host: the workbook, the counters tests read, and its options. */
export interface HostState {
  model: WorkbookModel;
  syncCount: number;
  requests: SyncRecord[];
  failures: { code: string; message: string }[];
  cellEditMode: boolean;
  undoSteps: number;
  undoCleared: number;
  suspended: { calculation: number; screen: number };
  recalculations: string[];
  nextId: number;
  activationHandlers: Set<(event: { worksheetId: string }) => Promise<unknown>>;
  readonly options: HostOptionsResolved;
}

interface Op {
  request: number;
  /** Runs the command against the model; returns the response bytes. */
  run: () => number;
  changes: boolean;
  undo: UndoSupport;
}

export class Context {
  private ops: Op[] = [];
  private groupEntry = false;
  /** Results of the request being processed, handed to the proxies only when its response arrives. */
  private results: (() => void)[] | null = null;
  constructor(
    readonly host: HostState,
    readonly delayForCellEdit: boolean,
    readonly mergeUndoGroup: boolean
  ) {}

  /** A command that changes the workbook: it sends its arguments and gets nothing back. */
  queue(request: number, run: () => unknown, undo: UndoSupport = 'yes'): void {
    const change = () => {
      run();
      return 0;
    };
    this.ops.push({ request: request + COMMAND_BYTES, run: change, changes: true, undo });
  }

  /** A command that only reads (a load, a query). */
  queueRead(request: number, run: () => number | void): void {
    this.ops.push({
      request: request + COMMAND_BYTES,
      run: () => run() ?? 0,
      changes: false,
      undo: 'yes',
    });
  }

  /** Fails (inside a sync) as Excel does when the host lacks the API's requirement set. */
  needs(api: Api): void {
    requireApi(this.host.options.apiVersion, api);
  }

  /**
   * Hands a loaded value to its proxy: at once outside a sync; inside one, with the response. A
   * refused response delivers nothing; a request that fails at one command delivers what the
   * commands before it loaded, as Office.js applies the results an error response carries.
   */
  deliver(result: () => void): void {
    if (this.results) this.results.push(result);
    else result();
  }

  get pending(): boolean {
    return this.ops.length > 0;
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    await Promise.resolve();
    // Office.js sends nothing when nothing is queued.
    if (ops.length === 0) return;
    await hostReply();
    const host = this.host;
    host.syncCount += 1;
    const request = ops.reduce((n, op) => n + op.request, 0);
    const injected = host.failures.shift();
    if (injected) fail(injected.code, injected.message);
    if (host.cellEditMode && !this.delayForCellEdit)
      fail('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    if (request > PAYLOAD_LIMIT)
      fail('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    let response = 0;
    let changed = false;
    let cleared = false;
    const results: (() => void)[] = [];
    this.results = results;
    try {
      for (const op of ops) {
        const before = results.length;
        try {
          const undoable = this.undoable(op.undo);
          if (op.changes && !undoable && this.mergeUndoGroup)
            fail('UndoNotSupported', 'The operation cannot be grouped into one undo step.');
          response += op.run();
          changed ||= op.changes;
          cleared ||= op.changes && !undoable;
        } catch (error) {
          results.length = before;
          for (const r of results) r();
          throw error;
        }
      }
    } finally {
      this.results = null;
      this.countUndo(changed, cleared);
    }
    host.requests.push({ request, response, commands: ops.length });
    if (response > PAYLOAD_LIMIT)
      fail('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    for (const r of results) r();
  }

  private undoable(undo: UndoSupport): boolean {
    if (undo === 'no') return false;
    return undo === 'yes' || this.host.options.platform === 'OfficeOnline';
  }

  /** One undo entry per sync that changed something, one per grouped run; a clearing API empties the list. */
  private countUndo(changed: boolean, cleared: boolean): void {
    const host = this.host;
    if (cleared) {
      host.undoSteps = 0;
      host.undoCleared += 1;
      return;
    }
    if (!changed) return;
    if (this.mergeUndoGroup && this.groupEntry) return;
    host.undoSteps += 1;
    this.groupEntry = this.mergeUndoGroup;
  }
}
