import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { summariseFinance, type Finding, type SavingsLine } from '../../src/plan';
import { savingsLine } from '../../src/plan/rows/savingsLines';
import { NO_SAVINGS_SHEET } from '../../src/report/messages';
import {
  largestShortfalls,
  SavingsSection,
  ShortfallButton,
} from '../../src/taskpane/components/SavingsSection';
import { action, plan } from '../report/handMade';
import { cellAt, refOf } from '../cellText';

const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

/** Seven lines; shortfalls worked out by hand: 10k, 60k, 0, 35k, -5k, 20k, 45k. */
const figures: [number, SavingsLine['rag'], number, number][] = [
  [5, 'green', 100_000, 90_000],
  [6, 'red', 200_000, 140_000],
  [7, 'green', 50_000, 50_000],
  [8, 'amber', 80_000, 45_000],
  [9, 'blue', 30_000, 35_000],
  [10, 'amber', 40_000, 20_000],
  [11, 'red-amber', 90_000, 45_000],
];
const lines = figures.map(([row, rag, target, forecast]) =>
  savingsLine(action(row, { rag, action: `Saving on row ${row}`, area: 'Adults' }), {
    year: null,
    target,
    forecast,
    givenShortfall: null,
    targetFrom: 'column',
    prose: null,
    unit: { label: '£', scale: 1 },
    cols: { target: 6, action: 3 }, // F and C
  })
);
const finance = summariseFinance([{ ...plan([]), finance: { lines, columns: [], totals: [] } }]);
const findings: Finding[] = [
  {
    severity: 'error',
    code: 'totals-mismatch',
    message: 'The "Total" row gives £700,000 for Target.',
    cell: cellAt("'Action plan'!F12"),
  },
  {
    severity: 'warning',
    code: 'missing-lead',
    message: 'No lead.',
    cell: cellAt("'Action plan'!D5"),
  },
  {
    severity: 'warning',
    code: 'green-but-short',
    message: 'Rated Green but the forecast £90,000 is £10,000 (10%) below the target £100,000.',
    cell: cellAt("'Action plan'!H5"),
  },
];

test('the totals: target, forecast, shortfall and at risk, in whole pounds', () => {
  const out = html(<SavingsSection finance={finance} findings={findings} onSelect={() => {}} />);
  // Targets: 100+200+50+80+30+40+90 = 590k; forecasts 90+140+50+45+35+20+45 = 425k; shortfall 165k.
  expect(out).toMatch(/Savings target<\/dt><dd[^>]*>£590,000</);
  expect(out).toMatch(/Forecast \(or delivered\)<\/dt><dd[^>]*>£425,000</);
  expect(out).toMatch(/Shortfall \(target − forecast\)<\/dt><dd[^>]*>£165,000</);
  // At risk: Red 200k + Amber 80k + Amber 40k + Red/Amber 90k = 410k; forecast 140+45+20+45 = 250k.
  expect(out).toMatch(/At risk \(target on Red, Red\/Amber, Amber lines\)<\/dt><dd[^>]*>£410,000</);
  expect(out).toMatch(/Shortfall on those lines<\/dt><dd[^>]*>£160,000</);
  expect(out).toContain('7 savings lines.');
});

test('only the money findings, grouped by kind with their counts', () => {
  const out = html(<SavingsSection finance={finance} findings={findings} onSelect={() => {}} />);
  expect(out).toContain('aria-label="Finance findings: 2"');
  expect(out).toContain('Total does not add up: 1 totals row');
  expect(out).toContain('Green but short of target: 1 action');
  expect(out).not.toContain('No lead');
});

test('the five largest shortfalls, largest first, each a button with its RAG word', () => {
  expect(largestShortfalls(finance).map((l) => [l.row, l.shortfall])).toEqual([
    [6, 60_000],
    [11, 45_000],
    [8, 35_000],
    [10, 20_000],
    [5, 10_000],
  ]);
  // A click away: the group's header says how many, the buttons are inside it.
  expect(html(<SavingsSection finance={finance} findings={[]} onSelect={() => {}} />)).toContain(
    'Largest shortfalls: 5'
  );
  const out = html(
    <>
      {largestShortfalls(finance).map((l) => (
        <ShortfallButton key={l.row} line={l} onSelect={() => {}} />
      ))}
    </>
  );
  const labels = [...out.matchAll(/<button[^>]*aria-label="([^"]*short[^"]*)"/g)].map((m) => m[1]);
  expect(labels).toEqual([
    '£60,000 short: Saving on row 6. Go to row 6',
    '£45,000 short: Saving on row 11. Go to row 11',
    '£35,000 short: Saving on row 8. Go to row 8',
    '£20,000 short: Saving on row 10. Go to row 10',
    '£10,000 short: Saving on row 5. Go to row 5',
  ]);
  expect(out).toContain('>Red/Amber<');
});

test('a shortfall button selects its line in the plan', () => {
  const selected: (string | null)[] = [];
  const button = ShortfallButton({
    line: largestShortfalls(finance)[0],
    onSelect: (cell) => selected.push(refOf(cell)),
  });
  (button.props as { onClick: () => void }).onClick();
  expect(selected).toEqual(["'Action plan'!F6"]);
});

test('a plan with no money says why in one line', () => {
  const none = summariseFinance([plan([action(5)])]);
  expect(html(<SavingsSection finance={none} findings={[]} onSelect={() => {}} />)).toContain(
    `>${NO_SAVINGS_SHEET}<`
  );
  expect(html(<SavingsSection finance={null} findings={[]} onSelect={() => {}} />)).toContain(
    NO_SAVINGS_SHEET
  );
});
