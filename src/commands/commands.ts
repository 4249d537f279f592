/**
 * Ribbon commands, registered with Office.actions.associate under the FunctionName the manifest
 * gives the "Refresh summaries" button. Bundled into the task pane's page, which the manifest
 * declares as the shared runtime, so the command can open the pane and hand it the outcome.
 */
import * as excel from '../excel';
import { runRefresh } from './refresh';

/* global Office */

/** The manifest's <FunctionName> for "Refresh summaries". */
export const REFRESH_ACTION = 'refreshSummaries';

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
