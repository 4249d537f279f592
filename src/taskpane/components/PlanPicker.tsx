import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { FoundPlan } from '../../addin';
import { SAY } from '../../report/messages';
import { planTitle } from '../../report/planTitle';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  field: { flexGrow: 1, minWidth: '180px' },
  dropdown: { minWidth: '0', width: '100%' },
});

/** "Action plan, rows 5–40 (table Table1), 42 actions": named as everywhere else (planTitle). */
export function planLabel(f: FoundPlan): string {
  const n = f.plan.actions.length;
  return `${planTitle(f.plan)}, ${n} action${n === 1 ? '' : 's'}`;
}

export function PlanPicker(props: {
  found: FoundPlan[];
  selectedKey: string | null;
  loading: boolean;
  onSelect: (key: string) => void;
  onLookAgain: () => void;
}) {
  const styles = useStyles();
  const selected = props.found.find((f) => f.key === props.selectedKey);
  return (
    <div className={styles.row}>
      <Field className={styles.field} label="Plan">
        {/* A native select: one simple choice, reliable with every keyboard and screen reader. */}
        <Select
          className={styles.dropdown}
          disabled={props.found.length === 0}
          value={selected?.key ?? ''}
          onChange={(_, data) => data.value && props.onSelect(data.value)}
        >
          {props.found.length === 0 && (
            <option value="">{props.loading ? 'Looking for plans…' : SAY.noPlan}</option>
          )}
          {props.found.map((f) => (
            <option key={f.key} value={f.key}>
              {planLabel(f)}
            </option>
          ))}
        </Select>
      </Field>
      <Button onClick={props.onLookAgain} disabled={props.loading}>
        Look again
      </Button>
    </div>
  );
}
