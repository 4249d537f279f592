/**
 * Ribbon commands. "Refresh summaries" runs the same workflow as the task pane with the settings
 * saved in the workbook. Its outcome is never swallowed: it is kept for the task pane to show
 * (localStorage, same origin) and, on failure, the task pane is opened so the user sees why.
 */
import * as excel from '../excel';
import { describeProblem } from '../taskpane/problems';
import { refreshSummaries, type ExcelPort } from '../taskpane/workflow';
import { rememberRibbonOutcome } from './ribbonOutcome';

/* global Office */

/** The id the manifest's ExecuteFunction names (FunctionName). */
export const REFRESH_ACTION = 'refreshSummaries';

export async function runRefresh(port: ExcelPort, showPane: () => Promise<void>): Promise<void> {
  try {
    const settings = await port.loadSettings();
    const outcome = await refreshSummaries(port, settings);
    rememberRibbonOutcome({ ok: true, text: `Refreshed ${outcome.written.length} summary sheets from ${outcome.plans} plans.` });
  } catch (e) {
    const p = describeProblem(e);
    rememberRibbonOutcome({ ok: false, text: `${p.title}. ${p.body}` });
    try {
      await showPane();
    } catch {
      // Hosts without the shared runtime cannot open the pane from code; the message waits in storage.
    }
  }
}

async function refreshFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runRefresh(excel, () => Office.addin.showAsTaskpane());
  } finally {
    // Excel waits for this call before it runs another command; always make it.
    event.completed();
  }
}

void Office.onReady(() => {
  Office.actions.associate(REFRESH_ACTION, refreshFromRibbon);
});
