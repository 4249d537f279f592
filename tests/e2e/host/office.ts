/**
 * The Office global the add-in sees: requirement sets (ExcelApi up to the host's version,
 * SharedRuntime 1.1 unless the host lacks it), the platform, the document's settings (a copy the
 * page holds: set and get work on it, saveAsync stores it with the document, refreshAsync takes
 * what was last saved), the ribbon's function commands (Office.actions.associate) and
 * Office.addin.showAsTaskpane. Office.onReady resolves after the script has run, with a null host
 * when the page is open outside Office.
 */
import type { Platform } from './context';
import { includes } from './requirements';
import type { WorkbookModel } from './model';

export interface OfficeOptions {
  apiVersion: string;
  platform: Platform;
  documentSettings: boolean;
  sharedRuntime: boolean;
  outsideOffice: boolean;
}

type AsyncCallback = (r: { status: string; error?: { message: string } }) => void;

/** A ribbon command's event: Excel waits for completed() before it runs the next command. */
export interface CommandEvent {
  completed(): void;
}

/**
 * The ribbon's function commands. Pressing a button runs the function the page associated with
 * its action; a press that finds no function is lost, as OfficeDev/office-js#5176 reports of a
 * first click that lands before the page has called Office.actions.associate.
 */
export class Ribbon {
  readonly actions: Record<string, (event: CommandEvent) => unknown> = {};
  /** Presses that ran nothing because no function was associated yet. */
  readonly lost: string[] = [];
  /** Times the page asked Office to show the task pane. */
  paneShown = 0;

  /** Resolves with true when the command ran and called event.completed(), false when the press was lost. */
  press(action: string): Promise<boolean> {
    const fn = this.actions[action];
    if (!fn) {
      this.lost.push(action);
      return Promise.resolve(false);
    }
    return new Promise((resolve) => {
      void fn({ completed: () => resolve(true) });
    });
  }
}

function documentSettings(model: () => WorkbookModel) {
  const later = (f: () => void) => setTimeout(f, 0);
  return {
    get: (key: string) => model().settings[key] ?? null,
    set: (key: string, value: unknown) => {
      model().settings[key] = value;
    },
    remove: (key: string) => {
      delete model().settings[key];
    },
    // Another part of the add-in (or another user) may have saved since this copy was taken.
    refreshAsync: (cb?: AsyncCallback) =>
      later(() => {
        model().settings = JSON.parse(JSON.stringify(model().savedSettings));
        cb?.({ status: 'succeeded' });
      }),
    saveAsync: (cb?: AsyncCallback) =>
      later(() => {
        model().savedSettings = JSON.parse(JSON.stringify(model().settings));
        cb?.({ status: 'succeeded' });
      }),
  };
}

export function officeGlobal(
  options: OfficeOptions,
  model: () => WorkbookModel,
  ribbon: Ribbon
): Record<string, unknown> {
  const isSetSupported = (name: string, version?: string) => {
    if (name === 'ExcelApi') return includes(options.apiVersion, version ?? '1.1');
    if (name === 'SharedRuntime') return options.sharedRuntime && includes('1.1', version ?? '1.1');
    return false;
  };
  const info = options.outsideOffice
    ? { host: null, platform: null }
    : { host: 'Excel', platform: options.platform };
  return {
    context: {
      requirements: { isSetSupported },
      platform: info.platform,
      document: options.documentSettings ? { settings: documentSettings(model) } : {},
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    actions: {
      associate: (action: string, fn: (event: CommandEvent) => unknown) => {
        ribbon.actions[action] = fn;
      },
    },
    addin: {
      showAsTaskpane: async () => {
        ribbon.paneShown += 1;
      },
    },
    onReady: (cb?: (i: typeof info) => void) =>
      Promise.resolve().then(() => {
        cb?.(info);
        return info;
      }),
  };
}
