import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { RAGS, type Action, type Plan } from '../../src/plan';
import { RagBadge, ragWord } from '../../src/taskpane/components/RagBadge';
import { headersOf } from '../../src/taskpane/components/ColumnMapping';
import { actionRef } from '../../src/taskpane/components/CheckResults';

const html = (node: React.ReactElement) =>
  renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe('RagBadge: RAG is never colour alone', () => {
  test.each(RAGS.map((r) => [r]))('%s shows its word', (rag) => {
    const out = html(<RagBadge rag={rag} />);
    expect(out).toContain(`>${ragWord(rag)}<`);
    expect(ragWord(rag)).toMatch(/^(Red|Amber|Green|Blue)(\/(Amber|Green))?$/);
  });
  test('an unrated action says so', () => {
    expect(html(<RagBadge rag={null} />)).toContain('>No RAG<');
  });
  test('two-tone ratings keep both words', () => {
    expect(ragWord('amber-green')).toBe('Amber/Green');
    expect(ragWord('red-amber')).toBe('Red/Amber');
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

test("actionRef goes to an action's timescale cell, quoting the sheet name as Excel does", () => {
  const a = {
    sheet: "Rob's plan",
    row: 7,
    cells: { action: 'C7', timescale: 'E7' },
  } as unknown as Action;
  expect(actionRef(a)).toBe("'Rob''s plan'!E7");
  const b = { sheet: 'Plan', row: 9, cells: { action: 'C9' } } as unknown as Action;
  expect(actionRef(b)).toBe("'Plan'!C9");
  const c = { sheet: 'Plan', row: 4, cells: {} } as unknown as Action;
  expect(actionRef(c)).toBe("'Plan'!A4");
});
