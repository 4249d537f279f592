/** What a user does in the pane, shared by the browser tests. */
import type { Page } from 'playwright-core';

/** Waits until the pane has read the workbook and shows the plan's check. */
export async function paneReady(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Check' }).waitFor({ timeout: 60_000 });
}

/** Presses Refresh summaries in the pane and waits for the outcome. */
export async function refreshInPane(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Refresh summaries' }).click();
  await page.getByText(/^Wrote \d+ summary sheets?/).waitFor();
}
