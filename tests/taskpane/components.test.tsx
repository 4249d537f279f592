import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { RAGS, cellRef, ragLabel, summarise, type Plan } from '../../src/plan';
import { overdueSheet } from '../../src/report/overdueSheet';
import { action, plan as handPlan } from '../report/handMade';
import { RagBadge } from '../../src/taskpane/components/RagBadge';
import { headersOf } from '../../src/taskpane/components/ColumnMapping';
import { CheckResults, DatedRow } from '../../src/taskpane/components/CheckResults';
import { groupFindings, groupTitle } from '../../src/taskpane/components/FindingGroups';
import type { Finding } from '../../src/plan';

const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe('RagBadge: RAG is never colour alone', () => {
  test.each(RAGS.map((r) => [r]))('%s shows its word', (rag) => {
    const out = html(<RagBadge rag={rag} />);
    expect(out).toContain(`>${ragLabel(rag)}<`);
    expect(ragLabel(rag)).toMatch(/^(Red|Amber|Green|Blue)(\/(Amber|Green))?$/);
  });
  test('an unrated action says so', () => {
    expect(html(<RagBadge rag={null} />)).toContain('>No RAG<');
  });
  test('two-tone ratings keep both words', () => {
    expect(ragLabel('amber-green')).toBe('Amber/Green');
    expect(ragLabel('red-amber')).toBe('Red/Amber');
  });
});

test('headersOf lists every header of the header row, mapped or not, left to right', () => {
  const plan = {
    columns: [
      { field: 'timescale', header: 'Timescale', col: 5, overridden: false },
      { field: 'action', header: 'Action', col: 3, overridden: false },
    ],
    unmapped: [
      { header: 'Comments', col: 7 },
      { header: '', col: 1 },
    ],
  } as unknown as Plan;
  expect(headersOf(plan)).toEqual([
    { letter: 'A', label: 'A: (no header)' },
    { letter: 'C', label: 'C: Action' },
    { letter: 'E', label: 'E: Timescale' },
    { letter: 'G', label: 'G: Comments' },
  ]);
});

test('the pane and the Overdue sheet send the user to the same cell for an action', () => {
  // An overdue action whose text is in C7 and timescale in E7 (handMade): both go to C7, its text.
  const overdue = action(7, { due: '2024-03-31', state: 'overdue' });
  const p = handPlan([overdue]);
  const summary = summarise([p], { asOf: '2024-06-30' });
  const meta = { refreshedAt: '2024-06-30T09:00:00', source: 'test' };
  const sheet = overdueSheet(summary, meta).spec;
  expect(sheet.links.map((l) => cellRef(l.target))).toEqual(["'Action plan'!C7"]);
  const pane = html(
    <ul>
      <li>
        <DatedRow dated={summary.overdue[0]} kind="overdue" onSelect={() => {}} />
      </li>
    </ul>
  );
  expect(pane).toContain('aria-label="Go to cell &#x27;Action plan&#x27;!C7"');
  expect(pane).not.toContain('!E7');
  // The check itself shows the list collapsed, with its count.
  expect(html(<CheckResults plan={p} summary={summary} onSelect={() => {}} />)).toContain(
    'Overdue: 1 action'
  );
});

test('findings are grouped by kind, most severe first, then the largest group, each titled from the registry', () => {
  const at = (row: number) => ({ sheet: 'Plan', row, col: 5 });
  const f = (
    code: Finding['code'],
    severity: Finding['severity'],
    row: number | null
  ): Finding => ({
    code,
    severity,
    message: code,
    cell: row === null ? null : at(row),
  });
  const findings = [
    f('undated-timescale', 'info', 4),
    f('missing-lead', 'warning', 5),
    f('undated-timescale', 'info', 6),
    f('green-but-overdue', 'error', 7),
    f('unreadable-timescale', 'warning', 8),
    f('unreadable-timescale', 'warning', 9),
    f('missing-column', 'warning', null),
  ];
  // By hand: 1 error; warnings 2 unreadable, 1 lead, 1 column; 2 notes.
  expect(groupFindings(findings).map(groupTitle)).toEqual([
    'Green but overdue: 1 action',
    'Timescale not read as a date: 2 actions',
    'Column missing: 1 finding',
    'No lead named: 1 action',
    'Timescale is TBC: 2 actions',
  ]);
});
