/**
 * Ribbon commands, registered with Office.actions.associate under the FunctionName the manifest
 * gives the "Refresh summaries" button. The manifest's shared runtime loads the task pane's page
 * for the ribbon too, so the command can open the pane and hand it the outcome.
 *
 * The first click (OfficeDev/office-js#5176): a click on a workbook whose add-in page is still
 * loading runs the command only if the page has already associated it; a page that associates it
 * only after the pane's large Fluent UI bundle has loaded (or inside Office.onReady) loses that
 * click. So this file is its own bundle, loaded before the pane's, without React or Fluent, and
 * associates the command as soon as it runs, at the top level as Microsoft's samples do, not
 * waiting for Office.onReady. tests/e2e/office.test.ts presses the button while the pane's
 * bundle is still on its way.
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

// Without Office.js (it did not load, or the page is open outside Office) there is nothing to
// associate; the pane's page says what to do.
if (typeof Office !== 'undefined' && Office.actions) {
  Office.actions.associate(REFRESH_ACTION, refreshFromRibbon);
}
