import { stateOf } from '../../src/plan/judge/state';
import type { Timescale } from '../../src/plan/core/types';

const opts = { asOf: '2024-06-01', dueSoonDays: 30, blueMeans: 'complete' as const };
const dated = (due: string): Timescale => ({ text: due, kind: 'date', due });

describe('stateOf', () => {
  it('is overdue the day after the due date, not on it', () => {
    expect(stateOf({ timescale: dated('2024-05-31'), stage: null, rag: null }, opts)).toBe(
      'overdue'
    );
    expect(stateOf({ timescale: dated('2024-06-01'), stage: null, rag: null }, opts)).toBe(
      'due-soon'
    );
  });

  it('counts the due-soon window inclusively', () => {
    expect(stateOf({ timescale: dated('2024-07-01'), stage: null, rag: null }, opts)).toBe(
      'due-soon'
    );
    expect(stateOf({ timescale: dated('2024-07-02'), stage: null, rag: null }, opts)).toBe(
      'on-track'
    );
    expect(
      stateOf(
        { timescale: dated('2024-06-10'), stage: null, rag: null },
        { ...opts, dueSoonDays: 0 }
      )
    ).toBe('on-track');
  });

  it('is complete when the timescale, the stage or a Blue rating says so', () => {
    expect(
      stateOf(
        { timescale: { text: 'Completed', kind: 'complete', due: null }, stage: null, rag: 'red' },
        opts
      )
    ).toBe('complete');
    expect(stateOf({ timescale: dated('2020-01-01'), stage: 'complete', rag: null }, opts)).toBe(
      'complete'
    );
    expect(stateOf({ timescale: dated('2020-01-01'), stage: null, rag: 'blue' }, opts)).toBe(
      'complete'
    );
  });

  it('follows the council’s RAG key for Blue', () => {
    expect(
      stateOf(
        { timescale: dated('2020-01-01'), stage: null, rag: 'blue' },
        { ...opts, blueMeans: 'carried-over' }
      )
    ).toBe('overdue');
  });

  it('has no due date for ongoing and undated actions', () => {
    expect(
      stateOf(
        { timescale: { text: 'On-going', kind: 'ongoing', due: null }, stage: null, rag: null },
        opts
      )
    ).toBe('ongoing');
    expect(
      stateOf({ timescale: { text: 'TBC', kind: 'tbc', due: null }, stage: null, rag: null }, opts)
    ).toBe('undated');
    expect(
      stateOf(
        { timescale: { text: 'soon', kind: 'unreadable', due: null }, stage: null, rag: null },
        opts
      )
    ).toBe('undated');
  });

  it('is paused or cancelled when the stage or the timescale says so, never overdue or due soon', () => {
    const past = dated('2020-01-01');
    const soon = dated('2024-06-02');
    expect(stateOf({ timescale: past, stage: 'paused', rag: 'green' }, opts)).toBe('paused');
    expect(stateOf({ timescale: soon, stage: 'deferred', rag: null }, opts)).toBe('paused');
    expect(stateOf({ timescale: past, stage: 'cancelled', rag: 'red' }, opts)).toBe('cancelled');
    expect(
      stateOf(
        { timescale: { text: 'On hold', kind: 'paused', due: null }, stage: null, rag: null },
        opts
      )
    ).toBe('paused');
    expect(
      stateOf(
        { timescale: { text: 'Withdrawn', kind: 'cancelled', due: null }, stage: null, rag: null },
        opts
      )
    ).toBe('cancelled');
  });

  it('lets complete win over paused or cancelled, and the stage win over the timescale', () => {
    expect(
      stateOf(
        {
          timescale: { text: 'Cancelled', kind: 'cancelled', due: null },
          stage: 'complete',
          rag: null,
        },
        opts
      )
    ).toBe('complete');
    expect(
      stateOf(
        { timescale: { text: 'Done', kind: 'complete', due: null }, stage: 'paused', rag: null },
        opts
      )
    ).toBe('complete');
    expect(stateOf({ timescale: dated('2020-01-01'), stage: 'paused', rag: 'blue' }, opts)).toBe(
      'complete'
    );
    expect(
      stateOf(
        {
          timescale: { text: 'On hold', kind: 'paused', due: null },
          stage: 'cancelled',
          rag: null,
        },
        opts
      )
    ).toBe('cancelled');
  });
});
