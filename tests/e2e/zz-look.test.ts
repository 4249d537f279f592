import { newPane } from './support/browser';
import { refreshInPane, showTab } from './support/pane';
import { browserSuite } from './support/suite';
import { savingsWorkbook } from './support/workbooks';
const suite = browserSuite();
test('look', async () => {
  for (const dark of [false, true]) {
    suite.pane = await newPane(
      suite.browser,
      { width: 320, height: 700, dark },
      {
        content: `window.__fakeWorkbook = ${JSON.stringify(savingsWorkbook())}; window.__officeTheme = ${JSON.stringify({ bodyBackgroundColor: dark ? '#292929' : '#FFFFFF' })};`,
      }
    );
    const { page } = suite.pane;
    await page.goto(`${suite.server.origin}/taskpane.html`);
    await page.getByRole('heading', { name: 'Check' }).waitFor({ timeout: 60000 });
    const t = dark ? 'dark' : 'light';
    await page.screenshot({ path: `/tmp/look-check-${t}.png`, fullPage: true });
    await refreshInPane(page);
    await page.screenshot({ path: `/tmp/look-sum-${t}.png`, fullPage: true });
    await showTab(page, 'Savings');
    await page.screenshot({ path: `/tmp/look-sav-${t}.png`, fullPage: true });
    await showTab(page, 'Changes');
    await page.screenshot({ path: `/tmp/look-chg-${t}.png`, fullPage: true });
    await suite.pane.context.close();
    suite.pane = undefined;
  }
});
