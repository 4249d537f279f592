/**
 * The ribbon's "Refresh summaries": the same workflow as the pane (src/addin/workflow.ts) with the
 * settings saved in the workbook. The outcome, good or bad, goes to the pane, and the pane is
 * opened so the user sees it. Nothing is swallowed; a refresh asked for while the pane's runs is
 * refused with one line (src/addin/refreshLock.ts).
 */
import { rememberRibbonOutcome, refreshSummaries, ribbonLine, type ExcelPort } from '../addin';

export async function runRefresh(port: ExcelPort, showPane: () => Promise<void>): Promise<boolean> {
  let ok: boolean;
  try {
    const settings = await port.loadSettings();
    const outcome = await refreshSummaries(port, settings, { by: 'ribbon' });
    // The pane lists the changes this refresh found, as it does after its own refresh.
    rememberRibbonOutcome({ ...ribbonLine(outcome), changes: outcome.changes });
    ok = true;
  } catch (e) {
    rememberRibbonOutcome(ribbonLine(null, e));
    ok = false;
  }
  try {
    await showPane();
  } catch {
    // A host that cannot open the pane from code: the outcome waits in this page's memory and
    // shows when the user opens RAG Plan.
  }
  return ok;
}
