import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { FoundPlan } from '../../addin';
import { type ColumnOverrides, type Field as PlanField } from '../../plan';
import { SAY } from '../../report/messages';
import { planTitle } from '../../report/planTitle';
import type { PlanChoices } from '../usePlanChoices';
import { ColumnMapping } from './ColumnMapping';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
  field: { flexGrow: 1, minWidth: '180px' },
  dropdown: { minWidth: '0', width: '100%' },
  mapping: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** "Action plan, rows 5–40 (table Table1), 42 actions": named as everywhere else (planTitle). */
export function planLabel(f: FoundPlan): string {
  const n = f.plan.actions.length;
  return `${planTitle(f.plan)}, ${n} action${n === 1 ? '' : 's'}`;
}

/** The selected plan's column mapping, for the picker to show when the reading needs a look. */
export interface MappingProps {
  overrides: ColumnOverrides | undefined;
  onOverride: (field: PlanField, column: string | null | undefined) => void;
}

export function PlanPicker(props: {
  found: FoundPlan[];
  selectedKey: string | null;
  loading: boolean;
  onSelect: (key: string) => void;
  onLookAgain: () => void;
  /** Pointing at a plan by hand, and the mapping shown when a column is missing or was a choice. */
  choices?: PlanChoices;
  mapping?: MappingProps;
}) {
  const styles = useStyles();
  const selected = props.found.find((f) => f.key === props.selectedKey);
  const choices = props.choices;
  return (
    <div className={styles.root}>
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
      {choices?.canUseSelection && (
        <div className={styles.row}>
          <Button onClick={choices.useSelection} disabled={choices.busy || props.loading}>
            Use the selected range as a plan
          </Button>
          {choices.pointed && (
            <Button appearance="subtle" onClick={choices.forget} disabled={choices.busy}>
              Stop reading this range as a plan
            </Button>
          )}
        </div>
      )}
      {choices?.problem && (
        <MessageBar intent="warning">
          <MessageBarBody>{choices.problem}</MessageBarBody>
        </MessageBar>
      )}
      {selected && props.mapping && choices?.mappingReason && (
        <section className={styles.mapping} aria-labelledby="mapping-heading">
          <h2 id="mapping-heading" className={styles.h3}>
            Columns of this plan
          </h2>
          <Text>{choices.mappingReason}</Text>
          <ColumnMapping
            plan={selected.plan}
            overrides={props.mapping.overrides}
            onOverride={props.mapping.onOverride}
          />
        </section>
      )}
    </div>
  );
}
