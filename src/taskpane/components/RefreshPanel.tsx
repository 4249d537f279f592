import { Button, Field, ProgressBar, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { RefreshState } from '../usePlan';
import { CellButton } from './CellButton';
import { quoteSheet } from '../../plan';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function RefreshPanel(props: {
  refresh: RefreshState;
  canRefresh: boolean;
  flagOn: boolean;
  canFlag: boolean;
  onRefresh: () => void;
  onCancel: () => void;
  onFlag: (on: boolean) => void;
  onSelect: (ref: string) => void;
}) {
  const styles = useStyles();
  const { running, progress, outcome } = props.refresh;
  return (
    <div className={styles.stack}>
      <Text>Rebuilds the summary sheets from every plan on this sheet. Your own sheets are never changed.</Text>
      <div className={styles.row}>
        <Button appearance="primary" onClick={props.onRefresh} disabled={running || !props.canRefresh}>
          Refresh summaries
        </Button>
        {running && <Button onClick={props.onCancel}>Cancel</Button>}
      </div>
      {/* Announced to screen readers as it changes. */}
      <div aria-live="polite" aria-atomic="true">
        {running && (
          <Field label={progress?.label ?? 'Starting…'}>
            <ProgressBar value={progress?.fraction ?? 0} max={1} thickness="large" aria-label="Refresh progress" />
          </Field>
        )}
        {outcome && (
          <div className={styles.stack}>
            <Text weight="semibold">
              Wrote {outcome.written.length} summary sheet{outcome.written.length === 1 ? '' : 's'} from {outcome.plans} plan
              {outcome.plans === 1 ? '' : 's'} ({outcome.actions} actions).
            </Text>
            <ul className={styles.list}>
              {outcome.written.map((w) => (
                <li key={w.key}>
                  <CellButton cellRef={`${quoteSheet(w.name)}!A1`} label={w.name} onSelect={props.onSelect} />
                </li>
              ))}
            </ul>
            {outcome.renamed.map((r) => (
              <Text key={r.key} size={200}>
                A sheet of yours is already called “{r.wanted}”, so it was left alone and the summary went to “{r.used}”.
              </Text>
            ))}
          </div>
        )}
      </div>
      <Switch
        checked={props.flagOn}
        disabled={!props.canFlag}
        onChange={(_, d) => props.onFlag(d.checked)}
        label="Flag in place: shade overdue actions on the plan and add a RAG drop-down (switch off to remove both)"
      />
    </div>
  );
}
