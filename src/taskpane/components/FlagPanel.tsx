import { Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FlagState } from '../useFlag';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/**
 * Flag in place, on the plan itself: the switch shows what is on the sheet now (read back when
 * the plan is shown), and after a change the pane says what was done.
 */
export function FlagPanel({
  flag,
  disabled,
  onFlag,
}: {
  flag: FlagState;
  disabled: boolean;
  onFlag: (on: boolean) => void;
}) {
  const styles = useStyles();
  return (
    <div className={styles.stack}>
      <Switch
        checked={flag.on}
        disabled={disabled || flag.busy}
        onChange={(_, d) => onFlag(d.checked)}
        label="Flag in place: shade overdue actions on the plan and add a RAG drop-down (switch off to remove both)"
      />
      <div aria-live="polite">{flag.said && <Text size={200}>{flag.said}</Text>}</div>
    </div>
  );
}
