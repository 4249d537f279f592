/** axe-core run in the pane, as the accessibility tests need it. */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { motionSettled } from './pane';
import { ROOT } from './paths';

const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/**
 * axe's violations in the pane (or in the first element matching `within`), each as
 * "impact: rule (first targets)", once nothing moves: a panel still fading in has text of too
 * little contrast, and axe should look at the pane as it stays.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  await motionSettled(page);
  // Evaluated through the debugging protocol: the pane's CSP rightly refuses an injected <script>.
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(readFileSync(AXE, 'utf8'));
  }
  return page.evaluate(async (selector) => {
    type Violation = { id: string; impact: string; nodes: { target: string[] }[] };
    const axe = (
      window as unknown as { axe: { run(context?: Element): Promise<{ violations: Violation[] }> } }
    ).axe;
    const context = selector ? (document.querySelector(selector) ?? undefined) : undefined;
    if (selector && !context) throw new Error(`axe: nothing matches ${selector}`);
    const { violations } = await axe.run(context);
    return violations.map(
      (v) =>
        `${v.impact}: ${v.id} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`
    );
  }, within);
}
