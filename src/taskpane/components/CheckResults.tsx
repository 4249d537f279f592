import { Accordion, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled } from '@fluentui/react-icons';
import { useId } from 'react';
import {
  actionCell,
  displayDate,
  RAGS,
  shorten,
  STATES,
  type DatedAction,
  type Plan,
  type Severity,
  type SheetCell,
  type State,
  type Summary,
} from '../../plan';
import { CellButton } from './CellButton';
import { CollapsedList, ShownItems } from './CollapsedList';
import { FindingGroups, plural } from './FindingGroups';
import { RagBadge } from './RagBadge';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  counts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  meta: { color: tokens.colorNeutralForeground2 },
  clean: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

export const STATE_WORDS: Record<string, string> = {
  overdue: 'overdue',
  'due-soon': 'due soon',
  'on-track': 'on track',
  ongoing: 'ongoing',
  undated: 'undated',
  complete: 'complete',
  paused: 'paused',
  cancelled: 'cancelled',
};

export { plural };

/** "7 actions as of 15 Nov 2024: 2 overdue, 2 due soon." */
export function resultLine(summary: Summary): string {
  return `${plural(summary.actions, 'action')} as of ${displayDate(summary.asOf)}: ${summary.states.overdue} overdue, ${summary.states['due-soon']} due soon.`;
}

/**
 * The check of one plan: the result in a line, RAG counts, the findings grouped by kind, then the
 * overdue and due-soon actions, each list collapsed with its count.
 */
export function CheckResults(props: {
  plan: Plan;
  summary: Summary;
  onSelect: (cell: SheetCell) => void;
}) {
  const styles = useStyles();
  const { plan, summary } = props;
  const count = (s: Severity) => plan.findings.filter((f) => f.severity === s).length;
  return (
    <div className={styles.section}>
      <Text weight="semibold">{resultLine(summary)}</Text>
      <Counts summary={summary} />
      {plan.findings.length === 0 ? (
        <Text className={styles.clean}>
          <CheckmarkCircle16Filled aria-hidden /> No problems found.
        </Text>
      ) : (
        <Text>
          {plural(count('error'), 'error')}, {plural(count('warning'), 'warning')},{' '}
          {plural(count('info'), 'note')}.
        </Text>
      )}
      <FindingGroups label="Findings" findings={plan.findings} onSelect={props.onSelect} />
      {(summary.overdue.length > 0 || summary.dueSoon.length > 0) && (
        <section aria-label="Overdue and due soon">
          <Accordion collapsible multiple>
            {summary.overdue.length > 0 && (
              <CollapsedList
                value="overdue"
                title={`Overdue: ${plural(summary.overdue.length, 'action')}`}
                items={summary.overdue}
              >
                {(d: DatedAction) => (
                  <DatedRow dated={d} kind="overdue" onSelect={props.onSelect} />
                )}
              </CollapsedList>
            )}
            {summary.dueSoon.length > 0 && (
              <CollapsedList
                value="due-soon"
                title={`Due soon: ${plural(summary.dueSoon.length, 'action')}`}
                items={summary.dueSoon}
              >
                {(d: DatedAction) => (
                  <DatedRow dated={d} kind="due-soon" onSelect={props.onSelect} />
                )}
              </CollapsedList>
            )}
          </Accordion>
        </section>
      )}
    </div>
  );
}

/** RAG counts (No RAG once, as a count) and the states the plan's actions are in. */
function Counts({ summary }: { summary: Summary }) {
  const styles = useStyles();
  const rags = RAGS.filter((r) => summary.rag[r] > 0);
  const states = (STATES as readonly State[]).filter((s) => (summary.states[s] ?? 0) > 0);
  return (
    <>
      <ul className={styles.counts} aria-label="RAG ratings">
        {rags.map((r) => (
          <li key={r}>
            <RagBadge rag={r} count={summary.rag[r]} />
          </li>
        ))}
        {summary.rag.none > 0 && (
          <li>
            <RagBadge rag={null} count={summary.rag.none} />
          </li>
        )}
      </ul>
      <Caption1 className={styles.meta}>
        {states.map((s) => `${summary.states[s]} ${STATE_WORDS[s] ?? s}`).join(' · ')}
      </Caption1>
    </>
  );
}

export function Group<T>({
  title,
  icon,
  items,
  children,
}: {
  title: string;
  icon?: React.ReactNode;
  items: T[];
  children: (item: T) => React.ReactNode;
}) {
  const styles = useStyles();
  if (items.length === 0) return null;
  return (
    <section aria-label={`${title}: ${items.length}`}>
      <h3 className={styles.heading}>
        {icon}
        {title} ({items.length})
      </h3>
      <ShownItems items={items}>{children}</ShownItems>
    </section>
  );
}

export function DatedRow({
  dated,
  kind,
  onSelect,
}: {
  dated: DatedAction;
  kind: 'overdue' | 'due-soon';
  onSelect: (cell: SheetCell) => void;
}) {
  const styles = useStyles();
  const id = useId();
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
      <CellButton cell={actionCell(a)} describedBy={id} onSelect={onSelect} />
      <span id={id}>
        <Text>{shorten(text, 140)}</Text>{' '}
        <Caption1 className={styles.meta}>
          {a.lead ?? 'No lead'}; {a.timescale.due ? displayDate(a.timescale.due) : a.timescale.text}
          ; {when}
        </Caption1>
        {/* Unrated actions are counted once above, not badged on every row. */}
        {a.rag && (
          <>
            {' '}
            <RagBadge rag={a.rag} />
          </>
        )}
      </span>
    </>
  );
}
