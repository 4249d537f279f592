import {
  Button,
  Checkbox,
  Field,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { SheetCell } from '../../plan';
import { SAY, shownSheets } from '../../report/messages';
import { planTitle } from '../../report/planTitle';
import type { FoundPlan } from '../../addin';
import type { RefreshState } from '../useRefresh';
import { CellButton } from './CellButton';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  picks: {
    display: 'flex',
    flexDirection: 'column',
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
});

export function RefreshPanel(props: {
  refresh: RefreshState;
  found: FoundPlan[];
  picked: string[] | null;
  onPick: (picked: string[] | null) => void;
  onRefresh: () => void;
  onCancel: () => void;
  onSelect: (cell: SheetCell) => void;
}) {
  const styles = useStyles();
  const { running, progress, outcome } = props.refresh;
  const written = outcome ? shownSheets(outcome.written) : [];
  const all = props.found.map((f) => f.key);
  const chosen = props.picked ? all.filter((k) => props.picked?.includes(k)) : all;
  const toggle = (key: string, on: boolean) => {
    const next = on ? [...chosen, key] : chosen.filter((k) => k !== key);
    // Every plan picked is the same as no pick: new plans join the summary by themselves.
    props.onPick(next.length === all.length || next.length === 0 ? null : next);
  };
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button
          appearance="primary"
          onClick={props.onRefresh}
          disabled={running || all.length === 0}
        >
          Refresh summaries
        </Button>
        {running && (
          // Once the write has started a cancel could not stop it, so the button says so by being off.
          <Button onClick={props.onCancel} disabled={progress?.cancellable === false}>
            Cancel
          </Button>
        )}
      </div>
      <Text>
        Rebuilds the summary sheets from{' '}
        {all.length > 1 ? 'the plans below' : 'every plan in this workbook'}. Your own sheets are
        never changed.
      </Text>
      {all.length > 1 && (
        <fieldset className={styles.picks}>
          <legend className={styles.legend}>Plans in the summary</legend>
          {props.found.map((f) => (
            <Checkbox
              key={f.key}
              label={planTitle(f.plan)}
              checked={chosen.includes(f.key)}
              disabled={running}
              onChange={(_, d) => toggle(f.key, !!d.checked)}
            />
          ))}
        </fieldset>
      )}
      {/* Announced to screen readers as it changes. */}
      <div aria-live="polite" aria-atomic="true">
        {running && (
          <Field label={progress?.label ?? 'Starting…'}>
            <ProgressBar
              value={progress?.fraction ?? 0}
              max={1}
              thickness="large"
              aria-label="Refresh progress"
            />
          </Field>
        )}
        {outcome && (
          <div className={styles.stack}>
            <Text weight="semibold">
              Wrote {written.length} summary sheet{written.length === 1 ? '' : 's'} from{' '}
              {outcome.plans} plan
              {outcome.plans === 1 ? '' : 's'} ({outcome.actions} actions).
            </Text>
            <ul className={styles.list}>
              {written.map((w) => (
                <li key={w.key}>
                  <CellButton
                    cell={{ sheet: w.name, row: 1, col: 1 }}
                    label={w.name}
                    onSelect={props.onSelect}
                  />
                </li>
              ))}
            </ul>
            {!outcome.written.some((w) => w.key === 'savings') && (
              <Text size={200}>{SAY.noSavingsSheet}</Text>
            )}
            {outcome.renamed.map((r) => (
              <Text key={r.key} size={200}>
                {SAY.renamed(r.wanted, r.used)}
              </Text>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
