import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { todayIso, type BlueMeaning } from '../../plan';
import { parseUkDate, showUkDate } from '../ukDate';
import type { StoredSettings } from '../../addin';

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
export function SettingsPanel({
  settings,
  onChange,
}: {
  settings: StoredSettings;
  onChange: (s: StoredSettings) => void;
}) {
  const styles = useStyles();
  const asOf = settings.asOf ?? todayIso();
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        {/* Day first, as in the UK, whatever the browser's language: a text box, not the browser's date picker. */}
        <DraftInput
          label="As of (day/month/year)"
          hint={settings.asOf ? 'A fixed date, saved with the workbook.' : 'Today.'}
          type="date"
          saved={showUkDate(asOf)}
          accept={(v) => {
            const iso = parseUkDate(v);
            return iso ? showUkDate(iso) : null;
          }}
          onCommit={(v) => onChange({ ...settings, asOf: parseUkDate(v) })}
        />
        {settings.asOf && (
          <Button onClick={() => onChange({ ...settings, asOf: null })}>Use today</Button>
        )}
      </div>
      <DraftInput
        label="Due soon means due within (days)"
        hint="0 to 365."
        type="number"
        saved={String(settings.dueSoonDays)}
        accept={(v) => (/^\d{1,3}$/.test(v) && Number(v) <= 365 ? v : null)}
        onCommit={(v) => onChange({ ...settings, dueSoonDays: Number(v) })}
      />
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

/**
 * An input that lets the user type freely (an empty box, a half-typed date) and saves only a
 * valid value; on leaving the box an invalid draft goes back to the saved value.
 */
function DraftInput(props: {
  label: string;
  hint: string;
  type: 'date' | 'number';
  saved: string;
  accept: (value: string) => string | null;
  onCommit: (value: string) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const invalid = draft !== null && props.accept(draft) === null;
  return (
    <Field
      label={props.label}
      hint={props.hint}
      validationState={invalid ? 'error' : 'none'}
      validationMessage={
        invalid
          ? props.type === 'date'
            ? 'Enter a whole date, day first: 30/11/2026.'
            : 'Enter a number of days from 0 to 365.'
          : undefined
      }
    >
      <Input
        type={props.type === 'date' ? 'text' : props.type}
        placeholder={props.type === 'date' ? 'dd/mm/yyyy' : undefined}
        value={draft ?? props.saved}
        onChange={(_, d) => {
          setDraft(d.value);
          const ok = props.accept(d.value);
          if (ok !== null && ok !== props.saved) props.onCommit(ok);
        }}
        onBlur={() => setDraft(null)}
      />
    </Field>
  );
}
