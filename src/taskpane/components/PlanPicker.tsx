import { Button, Dropdown, Field, Option, makeStyles, tokens } from '@fluentui/react-components';
import type { FoundPlan } from '../workflow';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  field: { flexGrow: 1, minWidth: '180px' },
  dropdown: { minWidth: '0', width: '100%' },
});

/** "Action plan A5:F40 (Table1), 42 actions". */
export function planLabel(f: FoundPlan): string {
  const table = f.plan.table ? ` (${f.plan.table})` : '';
  const n = f.plan.actions.length;
  return `${f.plan.sheet} ${f.plan.range}${table}, ${n} action${n === 1 ? '' : 's'}`;
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
      <Field className={styles.field} label="Plan on this sheet">
        <Dropdown
          className={styles.dropdown}
          disabled={props.found.length === 0}
          placeholder={props.loading ? 'Looking for plans…' : 'No plan found'}
          value={selected ? planLabel(selected) : ''}
          selectedOptions={selected ? [selected.key] : []}
          onOptionSelect={(_, data) => data.optionValue && props.onSelect(data.optionValue)}
        >
          {props.found.map((f) => (
            <Option key={f.key} value={f.key}>
              {planLabel(f)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Button onClick={props.onLookAgain} disabled={props.loading}>
        Look again
      </Button>
    </div>
  );
}
