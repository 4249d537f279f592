import type { CellIcon } from '../../src/plan/core/grid';
import { directionOfIcon, ragOfIcon } from '../../src/plan/read/iconMeaning';
import { readPlans } from '../../src/plan/judge/readPlans';
import { gridOf } from './gridOf';
import { refOf } from '../cellText';

const light = (index: number): CellIcon => ({ set: '3TrafficLights1', index });

describe('what an icon means', () => {
  it.each<[CellIcon, string | null]>([
    [{ set: '3TrafficLights1', index: 0 }, 'red'],
    [{ set: '3TrafficLights2', index: 1 }, 'amber'],
    [{ set: '3Signs', index: 2 }, 'green'],
    [{ set: '3Symbols', index: 0 }, 'red'],
    [{ set: '3Symbols2', index: 2 }, 'green'],
    [{ set: '3Flags', index: 1 }, 'amber'],
    [{ set: '4TrafficLights', index: 0 }, 'red'],
    [{ set: '4TrafficLights', index: 2 }, 'amber'],
    [{ set: '4TrafficLights', index: 3 }, 'green'],
    [{ set: '4RedToBlack', index: 0 }, null],
    [{ set: '3Arrows', index: 2 }, null],
    [{ set: '5Rating', index: 4 }, null],
    [{ set: '3TrafficLights1', index: 3 }, null],
  ])('%j is %s', (icon, rag) => {
    expect(ragOfIcon(icon)).toBe(rag);
  });

  it.each<[CellIcon, string | null]>([
    [{ set: '3Arrows', index: 0 }, 'worsening'],
    [{ set: '3ArrowsGray', index: 1 }, 'unchanged'],
    [{ set: '3Triangles', index: 2 }, 'improving'],
    [{ set: '5Arrows', index: 2 }, 'unchanged'],
    [{ set: '4Arrows', index: 3 }, 'improving'],
    [{ set: '3TrafficLights1', index: 0 }, null],
  ])('%j points %s', (icon, direction) => {
    expect(directionOfIcon(icon)).toBe(direction);
  });
});

describe('a plan rated by a traffic-light icon set over a score', () => {
  const grid = gridOf(
    [
      ['Action', 'Lead', 'Timescale', '% complete'],
      ['Open the hub', 'Head of Housing', 'March 2030', 0.2],
      ['Review fees', 'Head of Finance', 'March 2030', 0.5],
      ['Merge teams', 'Head of HR', 'March 2030', 0.9],
      ['Cut energy', 'Head of Estates', 'March 2030', 'Not started'],
    ],
    {
      numberFormats: [
        [],
        [null, null, null, '0%'],
        [null, null, null, '0%'],
        [null, null, null, '0%'],
      ],
      icons: [
        [],
        [null, null, null, light(0)],
        [null, null, null, light(1)],
        [null, null, null, light(2)],
      ],
    }
  );
  const [plan] = readPlans(grid, { asOf: '2024-06-01' });

  it('takes the column the lights are in as the RAG, and says why', () => {
    const rag = plan.columns.find((c) => c.field === 'rag');
    expect(rag?.col).toBe(4);
    expect(rag?.reason).toBe('% complete: 3 of 4 cells are numbers shown as traffic lights');
  });

  it('reads each light as its rating', () => {
    expect(plan.actions.map((a) => [a.rag, a.ragFrom])).toEqual([
      ['red', 'icon'],
      ['amber', 'icon'],
      ['green', 'icon'],
      [null, null],
    ]);
  });
});

describe('a share done shown as traffic lights', () => {
  const grid = gridOf(
    [
      ['Action', 'Lead', 'Target date', '% complete'],
      ['Open the hub', 'Head of Housing', 'March 2024', 1],
      ['Review fees', 'Head of Finance', 'March 2024', 0.9],
    ],
    {
      numberFormats: [[], [null, null, null, '0%'], [null, null, null, '0%']],
      icons: [[], [null, null, null, light(2)], [null, null, null, light(2)]],
    }
  );
  const [plan] = readPlans(grid, { asOf: '2024-06-01' });

  it('takes 100% as complete, not overdue, and a lower share past its date as overdue', () => {
    expect(plan.actions.map((a) => [a.rag, a.state])).toEqual([
      ['green', 'complete'],
      ['green', 'overdue'],
    ]);
  });
});

describe('a RAG column whose icon set is arrows', () => {
  const grid = gridOf(
    [
      ['Action', 'Lead', 'Timescale', 'RAG'],
      ['Open the hub', 'Head of Housing', 'March 2030', 'Green'],
      ['Review fees', 'Head of Finance', 'March 2030', 3],
    ],
    { icons: [[], [], [null, null, null, { set: '3Arrows', index: 2 }]] }
  );
  const [plan] = readPlans(grid, { asOf: '2024-06-01' });

  it('reads no rating from the arrow and says it is a direction', () => {
    expect(plan.actions.map((a) => a.rag)).toEqual(['green', null]);
    const f = plan.findings.filter((x) => x.code === 'rag-is-direction');
    expect(f.map((x) => refOf(x.cell))).toEqual(["'Plan'!D3"]);
    expect(f[0].message).toMatch(/an improving arrow/);
  });
});
