import { newPane } from './support/browser';
import { browserSuite } from './support/suite';
import { savingsWorkbook } from './support/workbooks';
const suite = browserSuite();
test('look', async () => {
  suite.pane = await newPane(suite.browser, { width: 320, height: 700 }, {
    content: `window.__fakeWorkbook = ${JSON.stringify(savingsWorkbook())};`,
  });
  const { page } = suite.pane;
  await page.goto(`${suite.server.origin}/taskpane.html`);
  await page.getByRole('heading', { name: 'Check' }).waitFor({ timeout: 60000 });
  console.log(await page.evaluate(() => [...document.querySelectorAll('[role=tab]')].map((t) => { const r = t.getBoundingClientRect(); return `${r.left}-${r.width}-${getComputedStyle(t).padding}`; }).join(' | ')));
  console.log(await page.evaluate(() => [...document.querySelectorAll('i[data-tabster-dummy]')].map((i) => (i.parentElement?.className ?? '') + ' :: ' + i.outerHTML).join('\n')));
  console.log(await page.evaluate(() => (document.querySelector('[role=tablist]') as HTMLElement).getBoundingClientRect().width));
});
