import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { displayDate, quoteSheet, type Action, type DatedAction, type Finding, type Plan, type Severity, type Summary } from '../../plan';
import { CellButton } from './CellButton';
import { RagBadge } from './RagBadge';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline', overflowWrap: 'anywhere' },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  counts: { color: tokens.colorNeutralForeground2 },
  meta: { color: tokens.colorNeutralForeground2 },
});

const SEVERITIES: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Lists longer than this show a "Show all" button, so a large plan does not flood the pane. */
const FIRST = 25;

export function CheckResults(props: { plan: Plan; summary: Summary; onSelect: (ref: string) => void }) {
  const styles = useStyles();
  const { plan, summary } = props;
  const count = (s: Severity) => plan.findings.filter((f) => f.severity === s).length;
  return (
    <div className={styles.section}>
      <Text className={styles.counts}>
        {plural(summary.actions, 'action')}: {summary.states.overdue} overdue, {summary.states['due-soon']} due soon.{' '}
        {plural(count('error'), 'error')}, {plural(count('warning'), 'warning')}, {plural(count('info'), 'note')}.
      </Text>
      {SEVERITIES.map(({ severity, title }) => (
        <Group key={severity} title={title} items={plan.findings.filter((f) => f.severity === severity)}>
          {(f: Finding) => (
            <>
              {f.cell && <CellButton cellRef={f.cell} onSelect={props.onSelect} />}
              <Text>{f.message}</Text>
            </>
          )}
        </Group>
      ))}
      <Group title="Overdue" items={summary.overdue}>
        {(d: DatedAction) => <DatedRow dated={d} kind="overdue" onSelect={props.onSelect} />}
      </Group>
      <Group title="Due soon" items={summary.dueSoon}>
        {(d: DatedAction) => <DatedRow dated={d} kind="due-soon" onSelect={props.onSelect} />}
      </Group>
    </div>
  );
}

function Group<T>({ title, items, children }: { title: string; items: T[]; children: (item: T) => React.ReactNode }) {
  const styles = useStyles();
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const shown = all ? items : items.slice(0, FIRST);
  return (
    <section aria-label={`${title}: ${items.length}`}>
      <h3 className={styles.heading}>
        {title} ({items.length})
      </h3>
      <ul className={styles.list}>
        {shown.map((item, i) => (
          <li key={i} className={styles.item}>
            {children(item)}
          </li>
        ))}
      </ul>
      {items.length > shown.length && (
        <Button appearance="subtle" size="small" onClick={() => setAll(true)}>
          Show all {items.length}
        </Button>
      )}
    </section>
  );
}

/** The cell to go to for an action: its timescale, else the action text, else any cell read. */
export function actionRef(a: Action): string {
  const address = a.cells.timescale ?? a.cells.action ?? Object.values(a.cells)[0] ?? `A${a.row}`;
  return `${quoteSheet(a.sheet)}!${address}`;
}

function DatedRow({ dated, kind, onSelect }: { dated: DatedAction; kind: 'overdue' | 'due-soon'; onSelect: (ref: string) => void }) {
  const styles = useStyles();
  const a = dated.action;
  const when =
    kind === 'overdue'
      ? `${dated.days} day${dated.days === 1 ? '' : 's'} overdue`
      : dated.days === 0
        ? 'due today'
        : `due in ${dated.days} day${dated.days === 1 ? '' : 's'}`;
  const text = a.action ?? a.objective ?? '(no action text)';
  return (
    <>
      <CellButton cellRef={actionRef(a)} onSelect={onSelect} />
      <span>
        <Text>{text.length > 140 ? `${text.slice(0, 137)}…` : text}</Text>{' '}
        <Caption1 className={styles.meta}>
          {a.lead ?? 'No lead'}; {a.timescale.due ? displayDate(a.timescale.due) : a.timescale.text}; {when}
        </Caption1>{' '}
        <RagBadge rag={a.rag} />
      </span>
    </>
  );
}
