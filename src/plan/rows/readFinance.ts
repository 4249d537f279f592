/**
 * The finance step of the row reader: for each action, its money per financial year (target,
 * forecast, shortfall) read from the money columns with their units; totals rows kept for the check
 * rather than skipped; every figure kept by column for the unit checks.
 */
import {
  type GridReader,
  splitLines,
  POUNDS,
  type Action,
  type Column,
  type Finding,
  type Reading,
  type SheetCell,
  type MoneyColumn,
  type PlanFinance,
  type SavingsLine,
  type TotalsRow,
  pushAll,
} from '../core';
import { readAmount, savingsInText, type Amount, unitFromHeader } from '../read';
import { savingsLine } from './savingsLines';
import { stackedMoney } from './stackedMoney';
import {
  moneySpecs,
  normaliseYear,
  yearGroups,
  type MoneySpec,
  type YearGroup,
} from './moneyColumns';

export class FinanceReader {
  private readonly specs: MoneySpec[];
  private readonly groups: YearGroup[];
  private readonly columns: MoneyColumn[];
  private readonly lines: SavingsLine[] = [];
  private readonly totals: TotalsRow[] = [];
  readonly findings: Finding[] = [];

  /**
   * `reported`: columns whose unreadable figures the row reader already reports (so each problem is
   * said once).
   */
  constructor(
    private readonly reader: GridReader,
    columns: readonly Column[],
    private readonly reported: ReadonlySet<number> = new Set(),
    unmapped: readonly { header: string; col: number }[] = []
  ) {
    this.specs = moneySpecs(columns);
    this.groups = yearGroups(this.specs);
    const used = new Set(
      this.groups
        .flatMap((g) => [g.target, g.forecast, g.shortfall])
        .filter((s) => s)
        .map((s) => (s as MoneySpec).col)
    );
    this.columns = this.specs
      .filter((s) => used.has(s.col))
      .map((s) => ({
        kind: s.kind,
        year: s.year,
        header: s.header,
        col: s.col,
        unit: s.unit,
        figures: [],
      }));
    this.others = otherMoneyColumns(columns, unmapped, used);
    pushAll(this.columns, this.others);
  }

  /** Columns with a £ unit the plan does not read as savings ("YTD plan £k"): their totals are checked too. */
  private readonly others: MoneyColumn[];

  private ref(row: number, col: number): SheetCell {
    return { sheet: this.reader.sheet, row, col };
  }

  /** A money cell for line `index` of `count` stacked actions: a lone figure belongs to the first line only. */
  private read(spec: MoneySpec, row: number, index: number, count: number): Reading<Amount> | null {
    const raw = this.reader.value(row, spec.col);
    const lines = count > 1 && typeof raw === 'string' ? splitLines(raw) : [];
    const share = stackedMoney(lines.length, index, count);
    if (share === 'none') return null;
    const value = share === 'own-line' ? (lines[index] ?? null) : raw;
    const r = readAmount(value, spec.unit, this.reader.numberFormat(row, spec.col));
    if (r.problem && !this.reported.has(spec.col)) {
      const where = count > 1 ? `Line ${index + 1} of the cell: ` : '';
      this.findings.push({
        severity: r.problem.severity,
        code: r.problem.code,
        message: where + r.problem.message,
        cell: this.ref(row, spec.col),
      });
    }
    if (r.value.pounds !== null) {
      const column = this.columns.find((c) => c.col === spec.col);
      column?.figures.push({
        row,
        cell: this.ref(row, spec.col),
        pounds: r.value.pounds,
        unit: r.value.unit,
        unitFrom: r.value.unitFrom,
      });
    }
    return r;
  }

  /** The savings lines of one action (line `index` of `count` stacked in its row). */
  addAction(action: Action, index = 0, count = 1): void {
    if (index === 0) this.addOtherFigures(action.row);
    const first = this.lines.length;
    const prose = savingsInText(action.action ?? '');
    const perYear = this.groups.some((g) => g.year !== null);
    for (const g of this.groups) {
      const t = g.target ? this.read(g.target, action.row, index, count) : null;
      const f = g.forecast ? this.read(g.forecast, action.row, index, count) : null;
      const s = g.shortfall ? this.read(g.shortfall, action.row, index, count) : null;
      const figures = [t, f, s].map((r) => r?.value);
      if (!figures.some((v) => v && (v.status === 'amount' || v.status === 'unknown'))) continue;
      if (
        perYear &&
        figures.every((v) => !v || v.status !== 'unknown') &&
        figures.every((v) => !v || !v.pounds)
      )
        continue;
      this.lines.push(
        savingsLine(action, {
          year: g.year,
          target: t?.value.pounds ?? null,
          forecast: f?.value.pounds ?? null,
          givenShortfall: s?.value.pounds ?? null,
          targetFrom: t?.value.pounds != null ? 'column' : null,
          prose,
          unit: t?.value.unit ?? g.target?.unit ?? POUNDS,
          cols: {
            target: g.target?.col,
            forecast: g.forecast?.col,
            shortfall: g.shortfall?.col,
            action: action.cols.action,
            rag: action.cols.rag,
          },
        })
      );
    }
    if (this.groups.length === 0 || !this.groups.some((g) => g.target))
      this.addProse(action, prose);
    this.setShortfall(action, first);
  }

  /**
   * The action's shortfall: that of its savings line read from the same target cell as its savings
   * (a tracker with a column a year has a line a year), else its only line.
   */
  private setShortfall(action: Action, first: number): void {
    const own = this.lines.slice(first);
    if (own.length === 0) return;
    const col = action.cols.savings;
    const line = own.find((l) => col !== undefined && l.cols.target === col) ?? own[0];
    if (line.shortfall !== null) action.shortfall = line.shortfall;
  }

  /** With no savings column, a £ saving in the action's text is its target, said to come from prose. */
  private addProse(action: Action, prose: number | null): void {
    if (prose === null || this.lines.some((l) => l.row === action.row && l.line === action.line))
      return;
    this.lines.push(
      savingsLine(action, {
        year: null,
        target: prose,
        forecast: null,
        givenShortfall: null,
        targetFrom: 'prose',
        prose,
        unit: POUNDS,
        cols: { action: action.cols.action, rag: action.cols.rag },
      })
    );
  }

  private addOtherFigures(row: number): void {
    for (const c of this.others) {
      const r = readAmount(
        this.reader.value(row, c.col),
        c.unit,
        this.reader.numberFormat(row, c.col)
      );
      if (r.value.pounds !== null)
        c.figures.push({
          row,
          cell: this.ref(row, c.col),
          pounds: r.value.pounds,
          unit: r.value.unit,
          unitFrom: r.value.unitFrom,
        });
    }
  }

  /** A totals row ("Total", "Grand total"): its figures, for the check that they add up. */
  addTotals(row: number, label: string): void {
    const figures: TotalsRow['figures'] = [];
    for (const c of this.columns) {
      const r = readAmount(
        this.reader.value(row, c.col),
        c.unit,
        this.reader.numberFormat(row, c.col)
      );
      if (r.value.pounds !== null)
        figures.push({ col: c.col, cell: this.ref(row, c.col), pounds: r.value.pounds });
    }
    if (figures.length) this.totals.push({ sheet: this.reader.sheet, row, label, figures });
  }

  result(): PlanFinance {
    return { lines: this.lines, columns: this.columns, totals: this.totals };
  }
}

/**
 * £ columns not read as savings lines: unmapped ones, and money columns no year group reads (a
 * "Total £m" beside a column per year), so their figures are still checked against the totals row.
 */
function otherMoneyColumns(
  columns: readonly Column[],
  unmapped: readonly { header: string; col: number }[],
  used: ReadonlySet<number>
): MoneyColumn[] {
  const candidates = [...unmapped, ...columns.filter((c) => !used.has(c.col))];
  return candidates
    .filter((c) => !used.has(c.col) && unitFromHeader(c.header) !== null)
    .map((c) => ({
      kind: 'other' as const,
      year: normaliseYear(c.header),
      header: c.header,
      col: c.col,
      unit: unitFromHeader(c.header),
      figures: [],
    }));
}
