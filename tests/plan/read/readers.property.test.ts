import fc from 'fast-check';
import { isIsoDate } from '../../../src/plan/core/dates';
import { RAG_FILL, ragFromFill, ragLabel } from '../../../src/plan/read/fillColour';
import { isThemeWord, readLeads } from '../../../src/plan/read/leads';
import { findMoneyInText, moneyUnitFromHeader, readMoney } from '../../../src/plan/read/money';
import { isRagDot, isRagText, readRag, stageInRagText } from '../../../src/plan/read/rag';
import { readDirection, withoutTrailingArrow } from '../../../src/plan/read/direction';
import { findRagKey } from '../../../src/plan/read/ragKey';
import { applyTint } from '../../../src/plan/read/tint';
import { isStageText, readStage } from '../../../src/plan/read/stage';
import { readTimescale } from '../../../src/plan/read/timescale';
import type { Reading, Severity } from '../../../src/plan/core/types';
import { RAGS } from '../../../src/plan/core/types';
import { anyCell, anyFormat, anyText } from './arbitraries';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const DATED_KINDS = [
  'date',
  'week',
  'month',
  'quarter',
  'financial-year',
  'season',
  'year',
  'range',
];
const KINDS = [
  ...DATED_KINDS,
  'complete',
  'paused',
  'cancelled',
  'ongoing',
  'term',
  'tbc',
  'empty',
  'unreadable',
];
const STAGES = ['not-started', 'in-progress', 'complete', 'paused', 'deferred', 'cancelled'];
const RUNS = { numRuns: 1000 };

/** A problem, when there is one, has a kebab-case code, a severity and a non-empty message. */
function wellFormedProblem(r: Reading<unknown>): void {
  if (r.problem === undefined) return;
  expect(Object.keys(r).sort()).toEqual(['problem', 'value']);
  expect(r.problem.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  expect(SEVERITIES).toContain(r.problem.severity);
  expect(r.problem.message.length).toBeGreaterThan(0);
}

describe('the field readers are total', () => {
  it('readRag reads any cell as a rating or null, with a problem exactly when something unreadable was written', () => {
    fc.assert(
      fc.property(anyCell, (value) => {
        const r = readRag(value);
        wellFormedProblem(r);
        expect(r.value === null || RAGS.includes(r.value)).toBe(true);
        if (r.value !== null) expect(r.problem).toBeUndefined();
        if (r.problem) expect(['unreadable-rag', 'rag-is-direction']).toContain(r.problem.code);
        if (typeof value === 'string' && isRagText(value)) expect(r.value).not.toBeNull();
      }),
      RUNS
    );
  });

  it('readStage reads any cell as a stage or null', () => {
    fc.assert(
      fc.property(anyCell, (value) => {
        const r = readStage(value);
        wellFormedProblem(r);
        expect(r.value === null || STAGES.includes(r.value)).toBe(true);
        if (r.problem) expect(r.problem.code).toBe('unreadable-stage');
        if (typeof value === 'string') expect(isStageText(value)).toBe(r.value !== null);
      }),
      RUNS
    );
  });

  it('readTimescale gives a known kind, and a real ISO date exactly for the kinds that name one', () => {
    fc.assert(
      fc.property(anyCell, anyFormat, (value, format) => {
        const r = readTimescale(value, format);
        wellFormedProblem(r);
        const { text, kind, due } = r.value;
        expect(typeof text).toBe('string');
        expect(KINDS).toContain(kind);
        const dated = DATED_KINDS.includes(kind);
        if (dated) expect(due !== null && isIsoDate(due)).toBe(true);
        else expect(due).toBeNull();
        if (kind === 'unreadable') expect(r.problem?.code).toBe('unreadable-timescale');
        if (r.problem?.code === 'unreadable-timescale') expect(kind).toBe('unreadable');
        expect(kind === 'term').toBe(r.problem?.code === 'undated-term');
        if (typeof value === 'string') expect(text).toBe(value.replace(/\u00a0/g, ' ').trim());
      }),
      RUNS
    );
  });

  it('readTimescale reads every Excel date serial with a date format as that day', () => {
    fc.assert(
      // Serial 60 is Excel's 29/02/1900, a day that never was: read apart, below.
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60),
        (serial) => {
          const r = readTimescale(serial, 'dd/mm/yyyy');
          expect(r.value.kind).toBe('date');
          expect(isIsoDate(r.value.due as string)).toBe(true);
          // The same day written out as text reads back to the same date.
          const [y, m, d] = (r.value.due as string).split('-');
          if (Number(y) >= 1900 && Number(y) <= 2199)
            expect(readTimescale(`${d}/${m}/${y}`).value.due).toBe(r.value.due);
        }
      ),
      RUNS
    );
  });

  it('readMoney gives a finite amount or null, for any cell and unit', () => {
    fc.assert(
      fc.property(anyCell, fc.oneof(fc.constantFrom(1, 1000, 1e6), fc.double()), (value, unit) => {
        const r = readMoney(value, unit);
        wellFormedProblem(r);
        expect(r.value === null || Number.isFinite(r.value)).toBe(true);
        if (r.problem) expect(r.problem.code).toBe('unreadable-money');
      }),
      RUNS
    );
  });

  it('findMoneyInText and moneyUnitFromHeader never throw, and give finite numbers', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const found = findMoneyInText(text);
        expect(found === null || Number.isFinite(found)).toBe(true);
        if (!text.includes('£')) expect(found).toBeNull();
        expect([1, 1000, 1e6]).toContain(moneyUnitFromHeader(text));
      }),
      RUNS
    );
  });

  it('readLeads gives tidy, distinct, non-empty leads, or none with a missing-lead problem', () => {
    fc.assert(
      fc.property(anyCell, (value) => {
        const r = readLeads(value);
        wellFormedProblem(r);
        expect(Array.isArray(r.value)).toBe(true);
        for (const lead of r.value) {
          expect(lead).toBe(lead.trim());
          expect(lead).not.toBe('');
          expect(lead).not.toMatch(/\n|\r| {2}/);
        }
        expect(new Set(r.value.map((l) => l.toLowerCase())).size).toBe(r.value.length);
        expect(r.value.length === 0).toBe(r.problem?.code === 'missing-lead');
        if (typeof value === 'string') isThemeWord(value);
      }),
      RUNS
    );
  });

  it('ragFromFill classifies any string as a rating or null', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          fc.constant(null),
          fc.constant(undefined),
          fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`),
          fc.integer({ min: 0, max: 0xffffffff }).map((n) => n.toString(16).padStart(8, '0'))
        ),
        (fill) => {
          const rag = ragFromFill(fill);
          expect(rag === null || ['red', 'amber', 'green', 'blue'].includes(rag)).toBe(true);
        }
      ),
      RUNS
    );
  });

  it('ragFromFill never rates a grey, whatever its shade', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), (v) => {
        const hex = v.toString(16).padStart(2, '0');
        expect(ragFromFill(`#${hex}${hex}${hex}`)).toBeNull();
      })
    );
  });

  it('ragLabel names every rating', () => {
    for (const rag of RAGS) {
      expect(ragLabel(rag)).toMatch(/^[A-Z][a-z]+(\/[A-Z][a-z]+)?$/);
      expect(RAG_FILL[rag]).toMatch(/^#[0-9A-F]{6}$/);
    }
  });
});

describe('the new readers are total', () => {
  const anyRag = fc.constantFrom(...RAGS);
  const anyKey = fc.dictionary(
    fc.oneof(anyText, fc.constantFrom('1', '2', 'c', 'constructor', '__proto__')),
    fc.oneof(anyRag, fc.constant('purple' as never))
  );
  const anyColour = fc.oneof(
    fc.constant(null),
    fc.string(),
    fc.integer({ min: 0, max: 0xffffff }).map((n) => `#${n.toString(16).padStart(6, '0')}`)
  );

  it('readRag with any key and any font colour gives a rating or null, never a key entry that is not a rating', () => {
    fc.assert(
      fc.property(anyCell, anyKey, anyColour, (value, key, colour) => {
        const r = readRag(value, key, colour);
        wellFormedProblem(r);
        expect(r.value === null || RAGS.includes(r.value)).toBe(true);
        if (r.problem) expect(['unreadable-rag', 'rag-is-direction']).toContain(r.problem.code);
      }),
      RUNS
    );
  });

  it('stageInRagText, readDirection and isRagDot never throw and give known values', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect([null, 'complete', 'paused', 'deferred', 'cancelled']).toContain(
          stageInRagText(text)
        );
        expect([null, 'improving', 'worsening', 'unchanged']).toContain(readDirection(text));
        expect(typeof isRagDot(text)).toBe('boolean');
        expect(typeof withoutTrailingArrow(text)).toBe('string');
      }),
      RUNS
    );
  });

  it('findRagKey reads any grid as a key of real ratings, or null', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { maxLength: 4 }), { maxLength: 8 }),
        fc.array(fc.array(anyColour, { maxLength: 4 }), { maxLength: 8 }),
        fc.constantFrom('Key', 'Plan', 'Legend', ''),
        (values, fills, sheet) => {
          const key = findRagKey({ sheet, top: 1, left: 1, values, fills });
          if (key !== null) for (const rag of Object.values(key)) expect(RAGS).toContain(rag);
        }
      ),
      { numRuns: 300 }
    );
  });

  it('applyTint gives six hex digits for any colour and any tint', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), fc.double(), (n, tint) => {
        expect(applyTint(n.toString(16).padStart(6, '0'), tint)).toMatch(/^[0-9A-F]{6}$/);
      }),
      RUNS
    );
  });
});
