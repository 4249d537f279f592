/**
 * The plan sheet of a plan RAG Plan starts or tidies: a title, a line of guidance, then an Excel
 * table of PLAN_COLUMNS with a row per recommendation (or per action, in a tidy copy). Built to be
 * read: a RAG drop-down of the words, each word filled in its colour by a conditional format (the
 * word stays); a Lead drop-down fed by the Key sheet's list; date validation with an input message
 * on the timescale and last-updated columns; the header frozen and repeated on every printed page,
 * landscape, one page wide; text wrapped in the wide columns.
 */
import {
  cellRef,
  ragLabel,
  type CellRange,
  type Rag,
  type SheetCell,
  type SheetRange,
} from '../../plan';
import { block, LayoutDraft } from '../draft';
import { DATE_FORMAT, ragStyle, TITLE_STYLE } from '../palette';
import type { SheetLayout, SpecValue, ValidationAlert, ValidationSpec } from '../sheetSpec';
import {
  PLAN_COLUMNS,
  planCol,
  SOURCE_COLUMN,
  TIMESCALE_PROMPT,
  TIMESCALES_ALSO,
} from './planColumns';

export interface PlanLayoutInput {
  name: string;
  title: string;
  /** One line under the title saying how to use the sheet. */
  guidance: string;
  /** The table's rows, in PLAN_COLUMNS order (dates as Excel serial numbers). */
  rows: SpecValue[][];
  /** The ratings the RAG drop-down offers. */
  ratings: Rag[];
  /** The ratings filled in their colour (default: those offered); a tidy copy adds those it holds. */
  fills?: Rag[];
  /** The Key sheet's list of leads. */
  leads: SheetRange;
  /** The Excel table's name. */
  tableName: string;
  /** A tidy copy's rows each link to the cell they came from, in a Source column after the others. */
  sources?: SheetCell[];
}

const HEADER_ROW = 3;
const WRAPPED = ['Theme', 'Recommendation', 'Action', 'Lead', 'Progress update'] as const;
const DATED = ['Timescale', 'Last updated'] as const;
/** Dates before this are typing slips, not timescales. */
const EARLIEST = '2000-01-01';

function column(
  header: (typeof PLAN_COLUMNS)[number]['header'],
  top: number,
  bottom: number
): CellRange {
  const c = planCol(header);
  return block(top, c, bottom, c);
}

function validations(input: PlanLayoutInput, top: number, bottom: number): ValidationSpec[] {
  const words = input.ratings.map(ragLabel);
  const dated = (
    header: (typeof DATED)[number],
    prompt: string,
    alert: ValidationAlert
  ): ValidationSpec => ({
    kind: 'date',
    range: column(header, top, bottom),
    onOrAfter: EARLIEST,
    prompt: { title: header, message: prompt },
    alert,
  });
  return [
    {
      range: column('RAG', top, bottom),
      list: words,
      prompt: {
        title: 'RAG',
        message: `Choose ${words.join(', ')} (the Key sheet says what each means).`,
      },
      alert: {
        style: 'stop',
        title: 'RAG',
        message: `Choose one of ${words.join(', ')} from the list.`,
      },
    },
    {
      kind: 'source',
      range: column('Lead', top, bottom),
      source: input.leads,
      prompt: {
        title: 'Lead',
        message: 'Choose the post that leads this action; add posts to the list on the Key sheet.',
      },
      alert: {
        style: 'warning',
        title: 'Lead: not on the list',
        message:
          "This lead is not on the Key sheet's list. Choose Yes to keep it, then add it to the list so everyone writes it the same way.",
      },
    },
    dated('Timescale', TIMESCALE_PROMPT, {
      style: 'warning',
      title: 'Timescale: not a date',
      message: `Not a date. Also read: ${TIMESCALES_ALSO}. Choose Yes to keep it.`,
    }),
    dated('Last updated', 'The date this row was last brought up to date.', {
      style: 'stop',
      title: 'Last updated',
      message: 'Type the date this row was last brought up to date, such as 31/03/2027.',
    }),
  ];
}

export function planLayout(input: PlanLayoutInput): SheetLayout {
  const columns = input.sources ? [...PLAN_COLUMNS, SOURCE_COLUMN] : PLAN_COLUMNS;
  const d = new LayoutDraft(
    input.name,
    columns.map((c) => c.width)
  );
  d.row([input.title], TITLE_STYLE);
  d.row([input.guidance], { italic: true });
  d.header(columns.map((c) => c.header));
  for (const row of input.rows) d.row(row);
  const top = HEADER_ROW + 1;
  // An empty table still has one row to type in (Excel tables always have a data row).
  const bottom = Math.max(top, HEADER_ROW + input.rows.length);
  const right = columns.length;
  input.sources?.forEach((target, i) =>
    d.link(top + i, right, target, `Go to ${cellRef(target)}, where this row was read from`)
  );
  d.style(block(top, 1, bottom, right), { wrap: false, horizontal: 'left', border: 'all' });
  for (const header of WRAPPED) d.style(column(header, top, bottom), { wrap: true });
  d.style(column('RAG', top, bottom), { horizontal: 'center' });
  for (const header of DATED) d.format(column(header, top, bottom), DATE_FORMAT);
  for (const rag of input.fills ?? input.ratings) {
    const { fill, fontColor, bold } = ragStyle(rag);
    d.conditional({
      range: column('RAG', top, bottom),
      kind: 'text-equals',
      text: ragLabel(rag),
      style: { fill, fontColor, bold },
    });
  }
  for (const v of validations(input, top, bottom)) d.validation(v);
  d.spec.freezeRows = HEADER_ROW;
  d.spec.table = {
    name: input.tableName,
    range: block(HEADER_ROW, 1, bottom, right),
    style: 'TableStyleLight1',
  };
  d.spec.print = {
    landscape: true,
    fitToWidth: true,
    repeatRows: { top: HEADER_ROW, bottom: HEADER_ROW },
  };
  return d.spec;
}
