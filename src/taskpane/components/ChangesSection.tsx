import { Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import {
  a1,
  changeCount,
  shorten,
  type ChangedAction,
  type Changes,
  type SheetCell,
} from '../../plan';
import {
  actionText,
  areaDirectionText,
  CHANGE_KINDS,
  changeCounts,
  comparedText,
  moveWords,
  type ChangeKind,
} from '../../report/changesText';
import { CellButton } from './CellButton';
import { Group } from './CheckResults';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface ChangesSectionProps {
  /** The changes the last refresh found (from the pipeline); null when it was the first. */
  changes: Changes | null;
  onSelect: (cell: SheetCell) => void;
}

/** "1 RAG up (better), 1 removed." as a sentence, or "No changes." */
export function countsSentence(c: Changes): string {
  const counts = changeCounts(c);
  return `${counts[0].toUpperCase()}${counts.slice(1)}.`;
}

/**
 * What changed since the refresh before, in the Summary's words: the counts, a list per kind of
 * change (each action a click to its cell; arrows always with words), and the areas whose
 * direction of travel moved. The pane gives it its heading ("Changes since 1 Jul 2024").
 */
export function ChangesSection({ changes, onSelect }: ChangesSectionProps) {
  const styles = useStyles();
  if (!changes) return <Text>{comparedText(null)}</Text>;
  const moved = changes.byArea.filter((a) => a.direction !== 'same');
  return (
    <div className={styles.section}>
      <Caption1 className={styles.meta}>{comparedText(changes)}</Caption1>
      <Text weight="semibold">{countsSentence(changes)}</Text>
      {changeCount(changes) > 0 &&
        CHANGE_KINDS.map(([kind, label]) => (
          <Group key={kind} title={label} items={changes[kind] as ChangedAction[]}>
            {(a: ChangedAction) => <ChangeRow kind={kind} action={a} onSelect={onSelect} />}
          </Group>
        ))}
      {moved.length > 0 && (
        <section aria-label="Direction of travel by area">
          <h3 className={styles.heading}>Direction of travel by area</h3>
          <ul className={styles.list}>
            {moved.map((a) => (
              <li key={a.area}>
                <Text>{areaDirectionText(a)}</Text>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** One changed action: a click to its cell (a removed one is no longer in the plan), its text, area and move. */
export function ChangeRow({
  kind,
  action,
  onSelect,
}: {
  kind: ChangeKind;
  action: ChangedAction;
  onSelect: (cell: SheetCell) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const removed = kind === 'removed';
  const text = actionText(action);
  const where = removed && action.at ? `was ${a1(action.at.row, action.at.col)}` : null;
  const details = [action.area, moveWords(kind, action), where].filter(Boolean).join(' · ');
  return (
    <>
      {action.at && !removed && (
        <CellButton cell={action.at} describedBy={id} onSelect={onSelect} />
      )}
      <span id={id} className={styles.text}>
        <Text>{shorten(text, 140)}</Text>
        {details && <Caption1 className={styles.meta}>{details}</Caption1>}
      </span>
    </>
  );
}
