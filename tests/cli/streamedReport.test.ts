import fc from 'fast-check';
import { join } from 'node:path';
import { runCheck } from '../../src/cli/check';
import { jsonPieces } from '../../src/cli/jsonStream';
import { Writable } from 'node:stream';
import { streamWrite, withBreaks, writeInChunks } from '../../src/cli/output';
import { loadPlanSheets } from '../../src/cli/planSheets';
import { reportLines, reportText } from '../../src/cli/textReport';
import { defaultOptions, readPlans, summarise } from '../../src/plan';
import { plansIn } from '../../src/report/reading';
import { gridOf } from '../plan/gridOf';

const fixture = join(__dirname, '..', 'fixtures', 'havering-2019-action-plan.xlsx');
const asOf = '2019-09-04';

async function checkOutput(json: boolean): Promise<{ text: string; writes: number }> {
  const chunks: string[] = [];
  await runCheck(fixture, { asOf, json }, (t) => chunks.push(t));
  return { text: chunks.join(''), writes: chunks.length };
}

describe('check writes its report in pieces, the same text as before', () => {
  it('text: the lines of the seed plan, each ending in a line break, as the whole report joined', async () => {
    const options = defaultOptions({ asOf });
    const { grids, ours, chosen } = await loadPlanSheets(fixture, undefined);
    const parts = plansIn(chosen, options, ours, grids).map((plan) => ({
      plan,
      summary: summarise([plan], options),
    }));
    const { text, writes } = await checkOutput(false);
    expect(text).toBe(`${reportText(fixture, asOf, 30, parts)}\n`);
    expect(text).toContain('Plan 1: Action plan, rows');
    expect(writes).toBe(1);
  });

  it('JSON: exactly what JSON.stringify(report, null, 2) writes for the report it holds', async () => {
    const { text } = await checkOutput(true);
    const report = JSON.parse(text) as { file: string; plans: { actions: unknown[] }[] };
    expect(report.file).toBe(fixture);
    expect(report.plans[0].actions).toHaveLength(33);
    expect(text).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});

describe('jsonPieces', () => {
  const joined = (v: unknown): string | undefined =>
    v === undefined ? undefined : [...jsonPieces(v)].join('');

  it('joins to JSON.stringify(value, null, 2) for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(joined(v)).toBe(JSON.stringify(v, null, 2));
      }),
      { numRuns: 300 }
    );
  });

  it('leaves out what JSON.stringify leaves out and writes null where it does', () => {
    // eslint-disable-next-line no-sparse-arrays
    const holes = [1, , 3];
    const odd = {
      gone: undefined,
      fn: () => 1,
      list: [undefined, () => 1, { deep: [new Date(Date.UTC(2024, 0, 2))] }],
      holes,
      empty: { only: undefined },
      none: [],
      nested: { a: { b: [[], {}] } },
      text: 'two\nlines "quoted"',
    };
    expect(joined(odd)).toBe(JSON.stringify(odd, null, 2));
    expect(joined({ toJSON: () => ({ a: [1, { b: 2 }] }) })).toBe(
      '{\n  "a": [\n    1,\n    {\n      "b": 2\n    }\n  ]\n}'
    );
  });
});

describe('writeInChunks', () => {
  // A plan of 3,000 overdue actions: each is a line of the report, about 300 KB in all.
  const rows = [['Action', 'Lead', 'Timescale', 'RAG']];
  for (let i = 1; i <= 3000; i++)
    rows.push([`Deliver improvement ${i} of the plan`, 'Head of Housing', '31/03/2019', 'Amber']);
  const [plan] = readPlans(gridOf(rows), { asOf: '2019-09-04' });
  const parts = [{ plan, summary: summarise([plan], { asOf: '2019-09-04' }) }];

  it('writes a large report in chunks of about 64 KB, joined the whole report', async () => {
    const chunks: string[] = [];
    await writeInChunks(withBreaks(reportLines('plan.xlsx', asOf, 30, parts)), (c) =>
      chunks.push(c)
    );
    const whole = `${reportText('plan.xlsx', asOf, 30, parts)}\n`;
    expect(whole).toContain('Overdue (3000):');
    expect(whole.length).toBeGreaterThan(5 * 64 * 1024);
    expect(chunks.join('')).toBe(whole);
    expect(chunks.length).toBeGreaterThanOrEqual(5);
    // Every chunk but the last is a little over 64 KB (whole lines), never the report at once.
    for (const c of chunks.slice(0, -1)) {
      expect(c.length).toBeGreaterThanOrEqual(64 * 1024);
      expect(c.length).toBeLessThan(64 * 1024 + 300);
    }
  });

  it('waits for a write that asks to (backpressure) before handing on the next chunk', async () => {
    const log: string[] = [];
    let busy = false;
    await writeInChunks(
      ['aaaa', 'bbbb', 'cccc', 'dd'],
      async (c) => {
        expect(busy).toBe(false);
        busy = true;
        log.push(c);
        await new Promise((r) => setTimeout(r, 5));
        busy = false;
      },
      8
    );
    expect(log).toEqual(['aaaabbbb', 'ccccdd']);
  });
});

describe('streamWrite', () => {
  /** A destination with a small buffer whose second write fails with `code`. */
  function destination(code: string) {
    const taken: string[] = [];
    const stream = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _enc, done) {
        taken.push(chunk.toString());
        setTimeout(
          () => done(taken.length >= 2 ? Object.assign(new Error(code), { code }) : null),
          1
        );
      },
    });
    return { stream, taken };
  }

  it('stops quietly when the reader has gone (EPIPE), as after `| head`', async () => {
    const { stream, taken } = destination('EPIPE');
    await writeInChunks(['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'], streamWrite(stream), 4);
    expect(taken).toEqual(['aaaa', 'bbbb']);
  });

  it('throws any other failure of the destination, such as a full disk', async () => {
    const { stream } = destination('ENOSPC');
    await expect(
      writeInChunks(['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'], streamWrite(stream), 4)
    ).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});
