import { columnHeader } from '../../src/plan';

describe('columnHeader', () => {
  const plan = {
    columns: [
      { field: 'action' as const, header: 'Action', col: 3, overridden: false },
      { field: 'rag' as const, header: 'Overall', col: 6, overridden: false },
    ],
    unmapped: [{ header: 'Time', col: 5 }],
  };

  test('names a column read, and a column left unread, by its header', () => {
    expect(columnHeader(plan, 6)).toBe('Overall');
    expect(columnHeader(plan, 5)).toBe('Time');
  });

  test('is empty for a column the plan does not have', () => {
    expect(columnHeader(plan, 9)).toBe('');
  });
});
