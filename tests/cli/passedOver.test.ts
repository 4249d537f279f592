/**
 * check lists the tables it passed over, one line each with the reason, in text and JSON. On the
 * Towns Fund return as Excel wrote it, the hidden "Data validation" sheet holds the lists the
 * return's drop-downs use (its cells B2 to AC103 are the sheet's used range: row 1 and column A
 * are empty); "7 - Risk Register" keeps its risk categories (C182:C213) and impact scores under
 * the registers. The engine takes "Delivery Partner Risk" in C188 for a header (the word Risk),
 * so the list it passes over runs from row 188 to the sheet's last row, 217.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { join } from 'node:path';
import schema from '../../docs/report.schema.json';
import { buildCli, ragPlan } from './runCli';

const file = join('tests', 'fixtures', 'real-excel', 'towns-fund-return-round-4.xlsx');

jest.setTimeout(60_000);
beforeAll(buildCli, 120_000);

describe('check: what it passed over', () => {
  it('says, in the text report, the list the drop-downs use, and where the user may pick it', () => {
    const r = ragPlan('check', file, '--sheet', 'Data validation', '--as-of', '2023-09-30');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Passed over, not plans (if one is a plan, point at it in the task pane or with check --plan RANGE):'
    );
    expect(r.stdout).toContain("  'Data validation'!B2:AC103: the list the drop-downs use");
  });

  it('gives the same in the JSON report, valid against the schema', () => {
    const r = ragPlan(
      'check',
      file,
      '--sheet',
      '7 - Risk Register',
      '--json',
      '--as-of',
      '2023-09-30'
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.passedOver).toContainEqual({
      sheet: '7 - Risk Register',
      range: 'C188:D217',
      headerRow: 188,
      table: null,
      reason: 'list-source',
      message: "'7 - Risk Register'!C188:D217: the list the drop-downs use",
    });
    const ajv = new Ajv({ allErrors: true });
    addFormats(ajv);
    ajv.validate(schema, report);
    expect(ajv.errors ?? []).toEqual([]);
  });
});
