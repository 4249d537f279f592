import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Changes, SheetCell, Since, SnapshotInfo } from '../../plan';
import { snapshotShort } from '../../report/changesText';
import { SAY } from '../../report/messages';
import type { SnapshotState } from '../useSnapshots';
import { ChangesSection } from './ChangesSection';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'end' },
  grow: { flexGrow: 1, minWidth: 0 },
  select: { minWidth: 0, width: '100%' },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

const LAST = 'last';

/** The choice in the picker as a baseline: the last refresh, or a kept snapshot by its number. */
export function sinceOf(value: string): Since {
  return value === LAST ? { kind: 'last' } : { kind: 'seq', seq: Number(value) };
}

/**
 * For a manager before a board: refresh comparing with the last refresh (the default) or with any
 * snapshot the workbook keeps, picked by date or name; then what changed, each a click to its cell;
 * and a name for a snapshot ("Cabinet 12 January") to compare with later.
 */
export function ChangesTab(props: {
  snapshots: SnapshotState;
  running: boolean;
  /** What a refresh under way is doing, in words. */
  progress: string | null;
  canRefresh: boolean;
  /** The changes of the latest refresh; undefined before any. */
  latest: { changes: Changes | null } | null;
  onRefresh: (since: Since) => void;
  onSelect: (cell: SheetCell) => void;
}) {
  const styles = useStyles();
  const [base, setBase] = useState(LAST);
  const kept = props.snapshots.snapshots;
  // A snapshot that has gone (the history was trimmed) falls back to the last refresh.
  const value = base === LAST || kept.some((s) => String(s.seq) === base) ? base : LAST;
  return (
    <div className={styles.tab}>
      <div className={styles.row}>
        <Field className={styles.grow} label="Compare with">
          <Select className={styles.select} value={value} onChange={(_, d) => setBase(d.value)}>
            <option value={LAST}>The last refresh</option>
            {kept.map((s) => (
              <option key={s.seq} value={String(s.seq)}>
                {snapshotShort(s)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          disabled={props.running || !props.canRefresh}
          onClick={() => props.onRefresh(sinceOf(value))}
        >
          Refresh and compare
        </Button>
        <div aria-live="polite">
          {props.running && <Spinner size="tiny" label={props.progress ?? 'Starting…'} />}
        </div>
      </div>
      {props.latest && !props.running ? (
        <section className={styles.stack} aria-labelledby="changes-heading">
          <h2 id="changes-heading" className={styles.h2}>
            {SAY.changesSince(props.latest.changes)}
          </h2>
          <ChangesSection changes={props.latest.changes} onSelect={props.onSelect} />
        </section>
      ) : (
        !props.running && <Text>{SAY.changesAfterRefresh}</Text>
      )}
      {kept.length > 0 && <NameSnapshot state={props.snapshots} kept={kept} />}
    </div>
  );
}

/** Names a kept snapshot (the newest unless another is picked); an empty name takes it away. */
function NameSnapshot({ state, kept }: { state: SnapshotState; kept: SnapshotInfo[] }) {
  const styles = useStyles();
  const [seq, setSeq] = useState<string>('');
  const [text, setText] = useState('');
  const chosen = kept.find((s) => String(s.seq) === seq) ?? kept[0];
  return (
    <section className={styles.stack} aria-labelledby="name-snapshot-heading">
      <h2 id="name-snapshot-heading" className={styles.h2}>
        Name a snapshot
      </h2>
      <Field label="Snapshot">
        <Select
          className={styles.select}
          value={String(chosen.seq)}
          onChange={(_, d) => setSeq(d.value)}
        >
          {kept.map((s) => (
            <option key={s.seq} value={String(s.seq)}>
              {snapshotShort(s)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Field className={styles.grow} label="Name" hint='Such as "Cabinet 12 January"'>
          <Input value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
        <Button disabled={state.busy} onClick={() => state.name(chosen.seq, text)}>
          Name snapshot
        </Button>
      </div>
      <div aria-live="polite">{state.named && <Text>{SAY.snapshotNamed(state.named)}</Text>}</div>
    </section>
  );
}
