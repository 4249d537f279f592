import { snapshotShort } from '../../src/report/changesText';
import { sinceOf } from '../../src/taskpane/components/ChangesTab';

test('the baseline picker: the last refresh by default, else a kept snapshot by its number', () => {
  expect(sinceOf('last')).toEqual({ kind: 'last' });
  expect(sinceOf('3')).toEqual({ kind: 'seq', seq: 3 });
});

test('a kept snapshot is named shortly enough for a 320 px picker: its name and date, else when it was refreshed', () => {
  const kept = { seq: 3, asOf: '2027-01-12', takenAt: '2027-01-12T09:00:00', actions: 40 };
  expect(snapshotShort({ ...kept, name: 'Cabinet 12 January' })).toBe(
    'Cabinet 12 January, 12 Jan 2027'
  );
  expect(snapshotShort({ ...kept, name: null })).toBe('Refresh of 12 Jan 2027, 09:00');
  expect(snapshotShort({ ...kept, name: null, takenAt: '' })).toBe('As of 12 Jan 2027');
});
