/**
 * The ribbon's "Refresh summaries": the task pane's workflow with the settings saved in the
 * workbook. The function file has no UI, so the outcome is kept for the task pane to show, and on
 * failure the pane is opened so the user sees why. Nothing is swallowed.
 */
import { describeProblem } from '../taskpane/problems';
import { refreshSummaries, type ExcelPort } from '../taskpane/workflow';
import { rememberRibbonOutcome } from './ribbonOutcome';

export async function runRefresh(port: ExcelPort, showPane: () => Promise<void>): Promise<boolean> {
  try {
    const settings = await port.loadSettings();
    const outcome = await refreshSummaries(port, settings);
    const names = outcome.written.map((w) => w.name).join(', ');
    rememberRibbonOutcome({ ok: true, text: `Refreshed ${outcome.written.length} summary sheets (${names}) from ${outcome.plans} plan${outcome.plans === 1 ? '' : 's'}.` });
    return true;
  } catch (e) {
    const p = describeProblem(e);
    rememberRibbonOutcome({ ok: false, text: `${p.title}. ${p.body}` });
    try {
      await showPane();
    } catch {
      // Hosts without a shared runtime cannot open the pane from code; the message waits in
      // storage and shows when the user opens RAG Plan.
    }
    return false;
  }
}
