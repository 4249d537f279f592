import { a1, cellRef, columnLetters } from './address';
import { cellText, isCellError } from './cellText';
import type { ColumnMap } from './columns';
import type { CellValue } from './grid';
import type { GridReader } from './gridAccess';
import { quote } from './findings';
import { memo } from './memo';
import { splitLines } from './lines';
import { ragFromFill, ragLabel } from './read/fillColour';
import { isThemeWord, readLeads } from './read/leads';
import { findMoneyInText, moneyUnitFromHeader, readMoney } from './read/money';
import { isRagDot, readRag, stageInRagText } from './read/rag';
import { readStage } from './read/stage';
import { readTimescale } from './read/timescale';
import { isTotalLabel, type Region } from './regions';
import type { Action, Field, Finding, Rag, RagKey, Reading, Severity, Stage, Timescale } from './types';

/** Fields whose cells may hold one line per action. */
const PER_LINE: readonly Field[] = ['timescale', 'lead', 'rag', 'stage', 'savings', 'forecast'];

interface Carry {
  area: string | null;
  objective: string | null;
  ref: string | null;
  /** An area implied by a theme word in the lead cell (OPPORTUNITIES): holds for its group. */
  theme: string | null;
  /** A section title row above (a lone label) when the plan has no area column. */
  section: string | null;
}

export interface RowsResult {
  actions: Action[];
  findings: Finding[];
}

/** Reads every action of a region: groups carried down, stacked cells split line by line. */
export function readRows(reader: GridReader, region: Region, map: ColumnMap, ragKey?: RagKey): RowsResult {
  const sheet = reader.sheet;
  const col = new Map<Field, number>(map.columns.map((c) => [c.field, c.col]));
  const unit = (f: Field): number => {
    const c = map.columns.find((x) => x.field === f);
    return c ? moneyUnitFromHeader(c.header) : 1;
  };
  const savingsUnit = unit('savings');
  const forecastUnit = unit('forecast');
  const actions: Action[] = [];
  const findings: Finding[] = [];
  const rag$ = memo((t) => readRag(t, ragKey));
  const ragStage$ = memo(stageInRagText);
  const leads$ = memo((t) => readLeads(t));
  const stage$ = memo((t) => readStage(t));
  const timescale$ = memo((t) => readTimescale(t));
  // Results are shared between rows, so callers only read them (slices, never pushes).
  const lines$ = memo(splitLines);
  const colEntries = [...col.entries()];
  const colNumbers = [...col.values()];
  const letters = colEntries.map(([f, c]) => [f, columnLetters(c)] as const);
  const carry: Carry = { area: null, objective: null, ref: null, theme: null, section: null };
  const add = (severity: Severity, code: string, message: string, row: number, c: number): void => {
    findings.push({ severity, code, message, cell: cellRef(sheet, row, c) });
  };
  /** A field's text; an error value reads as empty (it is reported once, as error-value). */
  const text = (row: number, f: Field): string => {
    const c = col.get(f);
    if (c === undefined) return '';
    const v = reader.value(row, c);
    return isCellError(v) ? '' : cellText(v);
  };

  for (let row = region.headerRow + 1; row <= region.bottom; row++) {
    const filled: { col: number; text: string }[] = [];
    for (let c = region.left; c <= region.right; c++) {
      if (reader.isMergedFromAbove(row, c)) continue;
      const t = cellText(reader.rawValue(row, c));
      if (t) filled.push({ col: c, text: t });
    }
    const ragCol = col.get('rag');
    const ragFill = ragCol !== undefined ? reader.fill(row, ragCol) : null;
    const mergedRow = colNumbers.some((c) => reader.isMergedFromAbove(row, c));
    if (filled.length === 0 && !mergedRow && !ragFromFill(ragFill)) continue;
    if (filled.length > 0 && isTotalLabel(filled[0].text)) continue;

    // Errors in any mapped cell are reported once, whatever the field.
    for (const [f, c] of colEntries) {
      const v: CellValue = reader.rawValue(row, c);
      if (isCellError(v)) add('error', 'error-value', `The ${f} cell holds the error ${v.error}; fix the formula or type the value.`, row, c);
    }

    // Grouping: a value written once (merged, or blank below) belongs to every row of its group.
    const areaText = text(row, 'area');
    const objectiveText = text(row, 'objective');
    const refText = text(row, 'ref');
    if (areaText && areaText !== carry.area) {
      carry.area = areaText;
      carry.theme = null;
    }
    const newGroup =
      (objectiveText && objectiveText !== carry.objective) || (refText && refText !== carry.ref);
    if (newGroup) carry.theme = null;
    if (objectiveText) carry.objective = objectiveText;
    if (refText) carry.ref = refText;

    const actionText = text(row, 'action');
    const detail = PER_LINE.some((f) => text(row, f) !== '') || ragFromFill(ragFill) !== null;
    if (!actionText && !detail) {
      // A label on its own: a group heading, not an action.
      const lone = filled.length === 1 ? filled[0] : null;
      if (lone && !col.has('area') && lone.col !== col.get('objective') && lone.col !== col.get('ref')) {
        carry.section = lone.text;
      }
      continue;
    }

    // Stacked cells: one action per line of the action cell.
    const actionLines = actionText ? lines$(actionText) : [];
    const n = Math.max(1, actionLines.length);
    const leadCol = col.get('lead');
    let leadLines = lines$(text(row, 'lead'));
    while (leadLines.length > 0 && isThemeWord(leadLines[0])) {
      carry.theme = titleCase(leadLines[0]);
      leadLines = leadLines.slice(1);
    }
    const lineSets = new Map<Field, string[]>();
    for (const f of PER_LINE) {
      const c = col.get(f);
      if (c === undefined) continue;
      const lines = f === 'lead' ? leadLines : lines$(text(row, f));
      lineSets.set(f, lines);
      if (n > 1 && lines.length > 1 && lines.length !== n) {
        add(
          'warning',
          'stacked-mismatch',
          `${n} actions are stacked in ${a1(row, col.get('action') as number)} but this cell has ${lines.length} ${f} lines; each line is matched to the action on the same line. Put one ${f} per action line, or one for all.`,
          row,
          c,
        );
      }
    }
    const report = <T>(r: Reading<T>, c: number, where: string, f: Field, i: number): void => {
      // An error value is reported once, as error-value, not again as unreadable.
      if (!r.problem || isCellError(reader.value(row, c))) return;
      // A single-line cell applies to every stacked action: report it once, without a line number.
      const perLine = (lineSets.get(f)?.length ?? 0) > 1;
      if (!perLine && i > 0) return;
      const message = `${perLine ? where : ''}${r.problem.message}`;
      findings.push({ severity: r.problem.severity, code: r.problem.code, message, cell: cellRef(sheet, row, c) });
    };
    for (let i = 0; i < n; i++) {
      const stacked = n > 1;
      const where = stacked ? `Line ${i + 1} of the cell: ` : '';
      const lineOf = (f: Field): string => {
        const lines = lineSets.get(f) ?? [];
        if (!stacked) return f === 'lead' ? lines.join('\n') : lines.join(' ');
        if (lines.length === 1) return lines[0];
        return lines[i] ?? '';
      };
      const cells: Partial<Record<Field, string>> = {};
      for (const [f, letter] of letters) cells[f] = letter + row;

      // Timescale: a real Excel date (a number) is read with its format; stacked lines as text.
      let timescale: Timescale = { text: '', kind: 'empty', due: null };
      const tsCol = col.get('timescale');
      if (tsCol !== undefined) {
        const raw = reader.value(row, tsCol);
        const r =
          !stacked && typeof raw === 'number' ? readTimescale(raw, reader.numberFormat(row, tsCol)) : timescale$(lineOf('timescale'));
        timescale = r.value;
        report(r, tsCol, where, 'timescale', i);
      }

      // RAG: the word wins; a fill colour is read when the cell has no word.
      let rag: Rag | null = null;
      let ragFrom: Action['ragFrom'] = null;
      if (ragCol !== undefined) {
        const words = lineOf('rag');
        const r = isRagDot(words) ? readRag(words, ragKey, reader.fontColour(row, ragCol)) : rag$(words);
        report(r, ragCol, where, 'rag', i);
        const fromFill = ragFromFill(ragFill);
        if (r.value) {
          rag = r.value;
          ragFrom = 'text';
          if (fromFill && fromFill !== r.value && i === 0) {
            add(
              'warning',
              'rag-colour-mismatch',
              `The RAG cell says ${quote(words)} but is filled ${ragLabel(fromFill).toLowerCase()} (${ragFill}); the word is used. Make the colour match the word.`,
              row,
              ragCol,
            );
          }
        } else if (fromFill && !words) {
          rag = fromFill;
          ragFrom = 'fill';
        }
      }

      let leads: string[] = [];
      if (leadCol !== undefined) {
        const r = leads$(lineOf('lead'));
        leads = r.value;
        report(r, leadCol, where, 'lead', i);
      }

      let stage: Stage | null = null;
      const stageCol = col.get('stage');
      if (stageCol !== undefined) {
        const r = stage$(lineOf('stage'));
        stage = r.value;
        report(r, stageCol, where, 'stage', i);
      }
      // "On hold", "Closed" written in the RAG column stop the action as a Stage column would.
      if (stage === null && ragCol !== undefined) stage = ragStage$(lineOf('rag'));

      const action = actionLines[i] ?? null;
      // A money column: a number as it stands (scaled by the header's unit), else the line's text.
      const money = (f: 'savings' | 'forecast', unitOf: number): number | null => {
        const c = col.get(f);
        if (c === undefined) return null;
        const raw = reader.value(row, c);
        const r = readMoney(!stacked && typeof raw === 'number' ? raw : lineOf(f), unitOf);
        report(r, c, where, f, i);
        return r.value;
      };
      let savings = money('savings', savingsUnit);
      if (!col.has('savings')) {
        const found = savingsInText(action ?? '');
        if (found !== null) {
          savings = found;
          const actionCol = col.get('action') as number;
          add(
            'info',
            'savings-from-text',
            `${where}Read savings of £${found.toLocaleString('en-GB')} from the action text; add a Savings column to make the figure explicit.`,
            row,
            actionCol,
          );
        }
      }
      const forecast = money('forecast', forecastUnit);

      actions.push({
        sheet,
        row,
        line: i + 1,
        ref: carry.ref,
        area: carry.area ?? carry.theme ?? carry.section,
        objective: carry.objective,
        action,
        lead: leads.length ? leads.join(' / ') : null,
        leads,
        timescale,
        rag,
        ragFrom,
        stage,
        savings,
        forecast,
        state: 'undated',
        cells,
      });
    }
  }
  return { actions, findings };

}

/** A savings figure in prose: a £ amount in a sentence that speaks of savings ("the £15m of savings"). */
export function savingsInText(text: string): number | null {
  if (!/saving/i.test(text) || !text.includes('£')) return null;
  for (const sentence of text.split(/(?<=[.;])\s+|\n/)) {
    if (/saving/i.test(sentence)) {
      const amount = findMoneyInText(sentence);
      if (amount !== null && amount > 0) return amount;
    }
  }
  return null;
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
