import { Accordion, Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { titleOf, type Finding, type FindingCode, type Severity, type SheetCell } from '../../plan';
import { CellButton } from './CellButton';
import { CollapsedList } from './CollapsedList';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

export interface FindingGroup {
  code: FindingCode;
  severity: Severity;
  title: string;
  findings: Finding[];
}

const ORDER: Severity[] = ['error', 'warning', 'info'];
export const SEVERITY_WORDS: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Notes',
};

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Codes found on a totals row, which is not an action: counted as rows. */
const ON_TOTALS_ROWS: ReadonlySet<FindingCode> = new Set<FindingCode>(['totals-mismatch']);

/** "Timescale is TBC: 42 actions"; a finding on the whole plan counts as a finding, not an action. */
export function groupTitle(g: FindingGroup): string {
  const onCells = g.findings.every((f) => f.cell !== null);
  const noun = !onCells ? 'finding' : ON_TOTALS_ROWS.has(g.code) ? 'totals row' : 'action';
  return `${g.title}: ${plural(g.findings.length, noun)}`;
}

/** Findings grouped by kind (code and severity), most severe first, then the largest group. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.severity}:${f.code}`;
    let g = groups.get(key);
    if (!g) {
      g = { code: f.code, severity: f.severity, title: titleOf(f.code), findings: [] };
      groups.set(key, g);
    }
    g.findings.push(f);
  }
  return [...groups.values()].sort(
    (a, b) =>
      ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) ||
      b.findings.length - a.findings.length ||
      a.title.localeCompare(b.title)
  );
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  // The group's words say the severity to a screen reader; the icon is a visual echo.
  if (severity === 'error')
    return <ErrorCircle16Filled aria-label="Error" className={styles.error} />;
  if (severity === 'warning')
    return <Warning16Filled aria-label="Warning" className={styles.warning} />;
  return <Info16Filled aria-label="Note" className={styles.info} />;
}

/**
 * Findings grouped by kind with their counts, each group opening to its cells (a click selects
 * the cell), and a filter by severity. `label` names the list ("Findings", "Finance findings").
 */
export function FindingGroups({
  label,
  findings,
  onSelect,
}: {
  label: string;
  findings: readonly Finding[];
  onSelect: (cell: SheetCell) => void;
}) {
  const styles = useStyles();
  const [show, setShow] = useState<Severity | 'all'>('all');
  if (findings.length === 0) return null;
  const groups = groupFindings(findings).filter((g) => show === 'all' || g.severity === show);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const present = ORDER.filter((s) => count(s) > 0);
  return (
    <section className={styles.stack} aria-label={`${label}: ${findings.length}`}>
      {present.length > 1 && (
        <Field label="Show" orientation="horizontal">
          <Select value={show} onChange={(_, d) => setShow(d.value as Severity | 'all')}>
            <option value="all">All ({findings.length})</option>
            {present.map((s) => (
              <option key={s} value={s}>
                {SEVERITY_WORDS[s]} ({count(s)})
              </option>
            ))}
          </Select>
        </Field>
      )}
      <Accordion collapsible multiple>
        {groups.map((g) => (
          <CollapsedList
            key={`${g.severity}:${g.code}`}
            value={`${g.severity}:${g.code}`}
            title={groupTitle(g)}
            icon={<SeverityIcon severity={g.severity} />}
            items={g.findings}
          >
            {(f: Finding) => <FindingRow finding={f} onSelect={onSelect} />}
          </CollapsedList>
        ))}
      </Accordion>
    </section>
  );
}

export function FindingRow({
  finding,
  onSelect,
}: {
  finding: Finding;
  onSelect: (cell: SheetCell) => void;
}) {
  const id = useId();
  return (
    <>
      {finding.cell && <CellButton cell={finding.cell} describedBy={id} onSelect={onSelect} />}
      <Text id={id}>{finding.message}</Text>
    </>
  );
}
