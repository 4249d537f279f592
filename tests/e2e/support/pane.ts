/** What a user does in the pane, shared by the browser tests. */
import type { Page } from 'playwright-core';

/** Waits until the pane has read the workbook and shows the plan's check. */
export async function paneReady(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Check' }).waitFor({ timeout: 60_000 });
}

/** Opens one of the pane's tabs: Check, Summaries, Savings or Changes. */
export async function showTab(
  page: Page,
  name: 'Check' | 'Summaries' | 'Savings' | 'Changes'
): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Presses Refresh summaries in the pane (on its Summaries tab) and waits for the outcome. */
export async function refreshInPane(page: Page): Promise<void> {
  await showTab(page, 'Summaries');
  await page.getByRole('button', { name: 'Refresh summaries' }).click();
  await page.getByText(/^Wrote \d+ summary sheets?/).waitFor();
}

/** The sheets the fake host holds now, as the pane wrote them: each name and its values. */
export async function writtenSheets(page: Page): Promise<{ name: string; values: unknown[][] }[]> {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          __fakeExcel: { snapshot(): { sheets: { name: string; values: unknown[][] }[] } };
        }
      ).__fakeExcel.snapshot().sheets
  );
}

/** The written Savings sheet's headline: the first `count` rows under its Measure | Amount header. */
export async function savingsHeadline(page: Page, count: number): Promise<unknown[][]> {
  const savings = (await writtenSheets(page)).find((s) => s.name === 'Savings')?.values ?? [];
  const head = savings.findIndex((r) => r[0] === 'Measure' && r[1] === 'Amount');
  if (head < 1) throw new Error('the written Savings sheet has no Measure | Amount header');
  return savings.slice(head + 1, head + 1 + count);
}

/**
 * Waits until no animation runs: an accordion panel grows for a moment after it opens, and a
 * click on a button inside it while it grows can land where the button no longer is.
 */
export async function motionSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running')
  );
}
