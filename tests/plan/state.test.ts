import { stateOf } from '../../src/plan/state';
import type { Timescale } from '../../src/plan/types';

const opts = { asOf: '2024-06-01', dueSoonDays: 30, blueMeans: 'complete' as const };
const dated = (due: string): Timescale => ({ text: due, kind: 'date', due });

describe('stateOf', () => {
  it('is overdue the day after the due date, not on it', () => {
    expect(stateOf({ timescale: dated('2024-05-31'), stage: null, rag: null }, opts)).toBe('overdue');
    expect(stateOf({ timescale: dated('2024-06-01'), stage: null, rag: null }, opts)).toBe('due-soon');
  });

  it('counts the due-soon window inclusively', () => {
    expect(stateOf({ timescale: dated('2024-07-01'), stage: null, rag: null }, opts)).toBe('due-soon');
    expect(stateOf({ timescale: dated('2024-07-02'), stage: null, rag: null }, opts)).toBe('on-track');
    expect(stateOf({ timescale: dated('2024-06-10'), stage: null, rag: null }, { ...opts, dueSoonDays: 0 })).toBe('on-track');
  });

  it('is complete when the timescale, the stage or a Blue rating says so', () => {
    expect(stateOf({ timescale: { text: 'Completed', kind: 'complete', due: null }, stage: null, rag: 'red' }, opts)).toBe('complete');
    expect(stateOf({ timescale: dated('2020-01-01'), stage: 'complete', rag: null }, opts)).toBe('complete');
    expect(stateOf({ timescale: dated('2020-01-01'), stage: null, rag: 'blue' }, opts)).toBe('complete');
  });

  it('follows the council’s RAG key for Blue', () => {
    expect(stateOf({ timescale: dated('2020-01-01'), stage: null, rag: 'blue' }, { ...opts, blueMeans: 'carried-over' })).toBe('overdue');
  });

  it('has no due date for ongoing and undated actions', () => {
    expect(stateOf({ timescale: { text: 'On-going', kind: 'ongoing', due: null }, stage: null, rag: null }, opts)).toBe('ongoing');
    expect(stateOf({ timescale: { text: 'TBC', kind: 'tbc', due: null }, stage: null, rag: null }, opts)).toBe('undated');
    expect(stateOf({ timescale: { text: 'soon', kind: 'unreadable', due: null }, stage: null, rag: null }, opts)).toBe('undated');
  });
});
