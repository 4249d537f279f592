import { Field as FluentField, Select, makeStyles, tokens } from '@fluentui/react-components';
import {
  FIELDS,
  columnHeader,
  columnLetters,
  type ColumnOverrides,
  type Field,
  type Plan,
} from '../../plan';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: '1fr', gap: tokens.spacingVerticalS },
  dropdown: { minWidth: '0', width: '100%' },
});

export const FIELD_NAMES: Record<Field, string> = {
  ref: 'Reference',
  area: 'Area',
  objective: 'Objective',
  action: 'Action',
  lead: 'Lead',
  timescale: 'Timescale',
  rag: 'RAG',
  stage: 'Stage / status',
  savings: 'Savings (£)',
  forecast: 'Forecast (£)',
  shortfall: 'Shortfall (£)',
  notes: 'Notes',
};

const AUTO = '__auto';
const NONE = '__none';

/** Every header of the plan's header row, left to right: "E: Timescale". */
export function headersOf(plan: Plan): { letter: string; label: string }[] {
  const byCol = new Map<number, string>();
  for (const c of plan.columns) byCol.set(c.col, c.header);
  for (const u of plan.unmapped) if (!byCol.has(u.col)) byCol.set(u.col, u.header);
  return [...byCol.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([col, header]) => ({
      letter: columnLetters(col),
      label: `${columnLetters(col)}: ${header || '(no header)'}`,
    }));
}

/** The plan's columns needed for a check: said when one is not found. */
const NEEDED: readonly Field[] = ['action', 'lead', 'timescale', 'rag'];

/** Why a field needs a look: other columns could give it, or a column the check needs was not found. */
export function hintOf(plan: Plan, field: Field): string | undefined {
  const choice = plan.chosen?.find((c) => c.field === field);
  if (choice) {
    const label = (col: number) => `${columnLetters(col)}: ${columnHeader(plan, col)}`;
    if (choice.others.length === 0)
      return `Read as the ${FIELD_NAMES[field].toLowerCase()}, but ${choice.doubt ?? 'it may not be'}: choose Not used if it is not`;
    return `Chosen among several: also could be ${choice.others.map(label).join('; ')}`;
  }
  if (NEEDED.includes(field) && !plan.columns.some((c) => c.field === field))
    return 'Not found: choose the column that holds it';
  return undefined;
}

/** How each field was read (field -> header), with a drop-down to choose another column. */
export function ColumnMapping(props: {
  plan: Plan;
  overrides: ColumnOverrides | undefined;
  onOverride: (field: Field, column: string | null | undefined) => void;
}) {
  const styles = useStyles();
  const headers = headersOf(props.plan);
  return (
    <div className={styles.grid}>
      {FIELDS.map((field) => {
        const mapped = props.plan.columns.find(
          (c) => c.field === field && !c.dimension && !c.original
        );
        const chosen = props.overrides?.[field];
        const value = chosen === undefined ? AUTO : chosen === null ? NONE : chosen;
        // The automatic choice is known only while no override hides it.
        const autoText =
          chosen !== undefined
            ? 'Automatic'
            : `Automatic: ${mapped ? `${columnLetters(mapped.col)}: ${mapped.header}` : 'not found'}`;
        return (
          <FluentField key={field} label={FIELD_NAMES[field]} hint={hintOf(props.plan, field)}>
            {/* Native selects, like the plan picker: dependable with keyboards and screen readers. */}
            <Select
              className={styles.dropdown}
              value={value}
              onChange={(_, d) =>
                props.onOverride(
                  field,
                  d.value === AUTO ? undefined : d.value === NONE ? null : d.value
                )
              }
            >
              <option value={AUTO}>{autoText}</option>
              <option value={NONE}>Not used</option>
              {headers.map((h) => (
                <option key={h.letter} value={h.letter}>
                  {h.label}
                </option>
              ))}
              {value !== AUTO && value !== NONE && !headers.some((h) => h.letter === value) && (
                <option value={value}>Column {value}</option>
              )}
            </Select>
          </FluentField>
        );
      })}
    </div>
  );
}
