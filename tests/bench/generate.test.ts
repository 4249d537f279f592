/**
 * The bench's generator must make plans the engine reads as intended: otherwise the timings are
 * of an engine skipping or misreading rows. Each generated action is compared with what the
 * generator meant (area carried from a merged or blank-below group, one action per stacked line,
 * the timescale's kind and due date, RAG from the word or the fill, savings from the column or text).
 */
import { generatePlan } from '../../bench/generate';
import { officePayload } from '../../bench/officePayload';
import { readPlans } from '../../src/plan';
import { toCellValue } from '../../src/excel/cells';

const AS_OF = '2024-10-01';

describe('generated plans', () => {
  const generated = generatePlan({ actions: 1000 });
  const plans = readPlans(generated.grid, { asOf: AS_OF });
  const actions = plans.flatMap((p) => p.actions);

  it('reads back as 1,000 actions in two tables', () => {
    expect(actions).toHaveLength(1000);
    expect(plans.map((p) => p.headerRow)).toEqual(generated.headerRows);
    expect(plans[0].columns.map((c) => c.field)).toEqual([
      'ref',
      'area',
      'objective',
      'action',
      'lead',
      'timescale',
      'rag',
      'savings',
      'notes',
    ]);
    expect(plans[1].columns.map((c) => c.field)).toEqual([
      'area',
      'objective',
      'action',
      'lead',
      'timescale',
      'rag',
    ]);
  });

  it('holds the features the bench is meant to exercise', () => {
    const intended = generated.intended;
    expect(generated.stackedRows).toBeGreaterThan(50);
    expect(intended.filter((a) => a.line > 1).length).toBeGreaterThan(100);
    expect(generated.grid.merges?.length).toBeGreaterThan(50);
    expect(intended.filter((a) => a.ragFrom === 'fill').length).toBeGreaterThan(50);
    expect(intended.filter((a) => a.ragFrom === 'text').length).toBeGreaterThan(500);
    expect(intended.filter((a) => a.plan === 0 && a.savings !== null).length).toBeGreaterThan(100);
    expect(intended.filter((a) => a.plan === 1 && a.savings !== null).length).toBeGreaterThan(10);
    const kinds = new Set(intended.map((a) => a.timescale.kind));
    expect([...kinds].sort()).toEqual([
      'complete',
      'date',
      'financial-year',
      'month',
      'ongoing',
      'quarter',
      'season',
      'tbc',
    ]);
    const texts = generated.grid.values.flat().filter((v): v is string => typeof v === 'string');
    for (const phrase of [
      /^On-going$/,
      /^\d+ \w+ \d{4}$/,
      /^Q\d \d{4}\/\d{2}$/,
      /^[A-Z][a-z]{2}-\d{2}$/,
      /^\d+ (st|nd|rd|th) \w+ \d{4} Cabinet$/,
      /^COO\/Director of HR\/AD Transformation$/,
    ]) {
      expect(texts.some((t) => t.split('\n').some((line) => phrase.test(line)))).toBe(true);
    }
  });

  it('reads every action as the generator meant it', () => {
    const seen = actions.map((a) => ({
      row: a.row,
      line: a.line,
      area: a.area,
      objective: a.objective,
      action: a.action,
      timescale: { kind: a.timescale.kind, due: a.timescale.due },
      rag: a.rag,
      ragFrom: a.ragFrom,
      savings: a.savings,
      hasLead: a.lead !== null,
    }));
    const meant = generated.intended.map((a) => ({
      row: a.row,
      line: a.line,
      area: a.area,
      objective: a.objective,
      action: a.action,
      timescale: a.timescale,
      rag: a.rag,
      ragFrom: a.ragFrom,
      savings: a.savings,
      hasLead: true,
    }));
    expect(seen).toEqual(meant);
  });

  it('reports no timescale or RAG it could not read', () => {
    const codes = plans.flatMap((p) => p.findings.map((f) => f.code));
    expect(codes).not.toContain('unreadable-timescale');
    expect(codes).not.toContain('unreadable-rag');
    expect(codes).not.toContain('stacked-mismatch');
  });

  it('is the same plan for the same seed, and another for another seed', () => {
    expect(generatePlan({ actions: 200 }).grid).toEqual(generatePlan({ actions: 200 }).grid);
    expect(generatePlan({ actions: 200, seed: 1 }).grid.values).not.toEqual(
      generatePlan({ actions: 200 }).grid.values
    );
  });

  it('fills a requested number of rows for the batch workbook', () => {
    const byRows = generatePlan({ rows: 2000, seed: 7 });
    const dataRows = new Set(byRows.intended.map((a) => a.row)).size;
    expect(dataRows).toBe(2000);
  });
});

describe('the floor payload', () => {
  it('carries the same cells the engine reads, as Office.js hands them over', () => {
    const { grid } = generatePlan({ actions: 300 });
    const payload = officePayload(grid);
    const values = JSON.parse(payload.values) as unknown[][];
    const fills = JSON.parse(payload.fills) as {
      format: { fill: { color: string; pattern: string } };
    }[][];
    expect(values).toHaveLength(grid.values.length);
    values.forEach((row, r) =>
      row.forEach((v, c) => expect(toCellValue(v)).toEqual(grid.values[r][c] ?? null))
    );
    const filled = fills.flat().filter((f) => f.format.fill.pattern === 'Solid').length;
    expect(filled).toBe((grid.fills ?? []).flat().filter((f) => f !== null).length);
  });
});
