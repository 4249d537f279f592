import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { RollupPort } from '../../addin';
import { ROLLUP_SAY } from '../../report/messages';
import { useRollup } from '../useRollup';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  said: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  input: { maxWidth: '100%' },
});

/**
 * Add plans from other workbooks: the user picks the directorates' workbooks, they are read here
 * (nothing leaves the machine), and the roll-up's summary sheets are written into this workbook.
 * The files the last roll-up read are asked for again by name: a pane cannot open a file itself.
 */
export function RollupPanel({
  excel,
  onWritten,
  onProblem,
}: {
  excel: RollupPort;
  onWritten: () => void;
  onProblem: (error: unknown) => void;
}) {
  const styles = useStyles();
  const { state, rollUp } = useRollup(excel, onWritten, onProblem);
  const [files, setFiles] = useState<File[]>([]);
  const inputId = useId();
  const headingId = useId();
  const outcome = state.outcome;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.h2}>
        Add plans from other workbooks
      </h2>
      <Text>{ROLLUP_SAY.intro}</Text>
      {state.remembered.length > 0 && <Text>{ROLLUP_SAY.pickAgain(state.remembered)}</Text>}
      <label htmlFor={inputId}>Workbooks to roll up</label>
      <input
        id={inputId}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx,.xlsm"
        onChange={(e) => setFiles(Array.from(e.currentTarget.files ?? []))}
      />
      <Button
        appearance="primary"
        disabled={state.busy || files.length === 0}
        onClick={() => rollUp(files)}
      >
        {state.busy
          ? 'Rolling up…'
          : files.length === 0
            ? 'Roll up'
            : `Roll up ${files.length === 1 ? '1 workbook' : `${files.length} workbooks`}`}
      </Button>
      <div aria-live="polite" className={styles.said}>
        {outcome && (
          <MessageBar intent={outcome.ok ? 'success' : 'warning'}>
            <MessageBarBody>
              {outcome.lines.map((line) => (
                <div key={line}>{line}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
