import { Button, Field, Input, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { isIsoDate, todayIso, type BlueMeaning } from '../../plan';
import type { StoredSettings } from '../workflow';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'end', flexWrap: 'wrap' },
});

const BLUE: { value: BlueMeaning; label: string }[] = [
  { value: 'complete', label: 'Complete' },
  { value: 'carried-over', label: 'Carried over from last year' },
  { value: 'not-started', label: 'Not started' },
];

/** As-of date, due-soon window and the RAG key; every change is saved in the workbook. */
export function SettingsPanel({ settings, onChange }: { settings: StoredSettings; onChange: (s: StoredSettings) => void }) {
  const styles = useStyles();
  const asOf = settings.asOf ?? todayIso();
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Field label="As of" hint={settings.asOf ? 'A fixed date, saved with the workbook.' : 'Today.'}>
          <Input
            type="date"
            value={asOf}
            onChange={(_, d) => isIsoDate(d.value) && onChange({ ...settings, asOf: d.value })}
          />
        </Field>
        {settings.asOf && <Button onClick={() => onChange({ ...settings, asOf: null })}>Use today</Button>}
      </div>
      <Field label="Due soon means due within (days)">
        <Input
          type="number"
          min={0}
          max={365}
          value={String(settings.dueSoonDays)}
          onChange={(_, d) => {
            const n = Number(d.value);
            if (d.value !== '' && Number.isInteger(n) && n >= 0 && n <= 365) onChange({ ...settings, dueSoonDays: n });
          }}
        />
      </Field>
      <Field label="In this plan's RAG key, Blue means">
        <RadioGroup
          value={settings.blueMeans}
          onChange={(_, d) => onChange({ ...settings, blueMeans: d.value as BlueMeaning })}
        >
          {BLUE.map((b) => (
            <Radio key={b.value} value={b.value} label={b.label} />
          ))}
        </RadioGroup>
      </Field>
    </div>
  );
}
