/**
 * The pane's "Changes since" section: the changes a refresh found, in the Summary's words, each
 * action a click to its cell, RAG moves with arrows and words. Expectations worked out by hand
 * from the edits in tests/cli/historyPlans.ts (re-rate two, complete one, move a date, delete one).
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Changes } from '../../src/plan/history';
import { SAY } from '../../src/report/messages';
import { ChangesSection, countsSentence } from '../../src/taskpane/components/ChangesSection';
import { cellAt } from '../cellText';

const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
/** The text a reader sees, tags dropped and entities read. */
const text = (markup: string) =>
  markup
    .replace(/<style[^>]*>[^<]*<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const at = (cell: string) => cellAt(`'Productivity plan'!${cell}`);
const action = (text: string, area: string, cell: string) => ({
  ref: null,
  line: 1,
  area,
  action: text,
  at: at(cell),
});

const CHANGES: Changes = {
  from: { seq: 1, asOf: '2024-07-01', takenAt: '2024-07-01T09:00:00Z', label: null, name: null },
  to: { seq: 2, asOf: '2024-07-08', takenAt: '2024-07-08T09:00:00Z', label: null, name: null },
  ragUp: [
    {
      ...action('Identification of in-year savings proposals', 'Savings', 'C8'),
      from: 'red',
      to: 'amber',
    },
  ],
  ragDown: [
    {
      ...action('Focus on collecting former tenant arrears', 'Housing', 'C7'),
      from: 'amber',
      to: 'red',
    },
  ],
  newlyOverdue: [],
  completed: [action('Invest £250k in a programme of work', 'Workforce', 'C9')],
  dueMoved: [
    {
      ...action(
        'Implementation of AYSE newly qualified social worker posts',
        'Health & Social Care',
        'C6'
      ),
      from: '2024-09-30',
      to: '2024-12-31',
    },
  ],
  added: [],
  removed: [action("Monthly review of each young person's plan", 'Housing', 'C8')],
  byArea: [
    {
      area: 'Housing',
      actions: 1,
      up: 0,
      down: 1,
      completed: 0,
      newlyOverdue: 0,
      added: 0,
      removed: 1,
      direction: 'worse',
    },
    {
      area: 'Savings',
      actions: 1,
      up: 1,
      down: 0,
      completed: 0,
      newlyOverdue: 0,
      added: 0,
      removed: 0,
      direction: 'better',
    },
    {
      area: 'Climate Change',
      actions: 1,
      up: 0,
      down: 0,
      completed: 0,
      newlyOverdue: 0,
      added: 0,
      removed: 0,
      direction: 'same',
    },
  ],
};

test('the heading names the refresh compared with, by its UK date', () => {
  expect(SAY.changesSince(CHANGES)).toBe('Changes since 1 Jul 2024');
  expect(SAY.changesSince({ ...CHANGES, from: { ...CHANGES.from, label: 'Q2' } })).toBe(
    'Changes since Q2'
  );
  expect(SAY.changesSince(null)).toBe('Changes since last refresh');
});

test('the first refresh says, in one plain line, that changes show from the next', () => {
  const out = text(html(<ChangesSection changes={null} onSelect={() => {}} />));
  expect(out.trim()).toBe(
    'No earlier refresh to compare with: the next refresh will show what changed since this one.'
  );
});

test('the counts, then a list per kind with its count, in the order the Summary lists them', () => {
  const out = text(html(<ChangesSection changes={CHANGES} onSelect={() => {}} />));
  expect(countsSentence(CHANGES)).toBe(
    '1 RAG up (better), 1 RAG down (worse), 1 completed, 1 due date moved, 1 removed.'
  );
  expect(out).toContain(
    'As of 8 Jul 2024, compared with the refresh as of 1 Jul 2024 (refreshed 1 Jul 2024, 09:00).'
  );
  const headings = [
    ...out.matchAll(
      /(↑ RAG up \(better\)|↓ RAG down \(worse\)|Newly overdue|Completed|Due date moved|Added|Removed) \((\d+)\)/g
    ),
  ].map((m) => m[0]);
  expect(headings).toEqual([
    '↑ RAG up (better) (1)',
    '↓ RAG down (worse) (1)',
    'Completed (1)',
    'Due date moved (1)',
    'Removed (1)',
  ]);
});

test('RAG moves have an arrow and words, dates move from and to in UK dates', () => {
  const out = text(html(<ChangesSection changes={CHANGES} onSelect={() => {}} />));
  expect(out).toContain(
    'Identification of in-year savings proposals Savings · Red → Amber (better)'
  );
  expect(out).toContain('Focus on collecting former tenant arrears Housing · Amber → Red (worse)');
  expect(out).toContain(
    'Implementation of AYSE newly qualified social worker posts Health & Social Care · due 30 Sep 2024 → 31 Dec 2024'
  );
  expect(out).toContain('Invest £250k in a programme of work Workforce');
});

test('each action still in the plan is a button to its cell; a removed one says where it was', () => {
  const out = html(<ChangesSection changes={CHANGES} onSelect={() => {}} />);
  const buttons = [
    ...out.matchAll(/<button[^>]*aria-label="Go to cell ([^"]+)"[^>]*>([^<]*)</g),
  ].map((m) => [m[1].replace(/&#x27;/g, "'"), m[2]]);
  // Up, down, completed, date moved: four buttons in list order; the removed action has none.
  expect(buttons).toEqual([
    ["'Productivity plan'!C8", 'C8'],
    ["'Productivity plan'!C7", 'C7'],
    ["'Productivity plan'!C9", 'C9'],
    ["'Productivity plan'!C6", 'C6'],
  ]);
  expect(text(out)).toContain("Monthly review of each young person's plan Housing · was C8");
  // The button is described by its action's text and move, so a screen reader says both.
  const described = /aria-describedby="([^"]+)"[^>]*>C7</.exec(out)?.[1];
  expect(described).toBeTruthy();
  expect(
    text(new RegExp(`id="${described}"[^>]*>(.*?)</span></span>`).exec(out)?.[1] ?? '')
  ).toContain('Amber → Red (worse)');
});

test('the areas whose direction of travel moved, with arrows and words; level areas are left out', () => {
  const out = text(html(<ChangesSection changes={CHANGES} onSelect={() => {}} />));
  expect(out).toContain('Direction of travel by area');
  expect(out).toContain('Housing: ↓ Worse (0 up or completed, 1 down or newly overdue)');
  expect(out).toContain('Savings: ↑ Better (1 up or completed, 0 down or newly overdue)');
  expect(out).not.toContain('Climate Change:');
});

test('nothing changed: one line says so, and no empty lists', () => {
  const none: Changes = {
    ...CHANGES,
    ragUp: [],
    ragDown: [],
    completed: [],
    dueMoved: [],
    removed: [],
    byArea: [],
  };
  const out = text(html(<ChangesSection changes={none} onSelect={() => {}} />));
  expect(out).toContain('No changes.');
  expect(out).not.toMatch(/\(\d+\)/);
});
