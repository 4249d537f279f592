import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { NewPlanRequest } from '../../addin';
import { NEW_PLAN_SAY } from '../../report/messages';
import type { NewPlanState } from '../useNewPlan';

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  said: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/**
 * Start a new plan: the review's recommendations pasted in, a title and the leads if known, BRAG
 * if wanted. The plan and Key sheets are written into this workbook beside its own sheets; what
 * was read (and the page furniture left out) and what was written are said once it is done.
 */
export function NewPlanPanel({
  state,
  onStart,
}: {
  state: NewPlanState;
  onStart: (request: NewPlanRequest) => void;
}) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [leads, setLeads] = useState('');
  const [brag, setBrag] = useState(false);
  const outcome = state.outcome;
  return (
    <div className={styles.stack}>
      <Text>{NEW_PLAN_SAY.intro}</Text>
      <Field label="Recommendations, pasted from the report" required>
        <Textarea
          value={text}
          onChange={(_, d) => setText(d.value)}
          resize="vertical"
          rows={6}
          placeholder={'Recommendation 1\nSavings need to be a shared endeavour…'}
        />
      </Field>
      <Field label="Title (optional)">
        <Input value={title} onChange={(_, d) => setTitle(d.value)} placeholder="Action plan" />
      </Field>
      <Field
        label="Leads for the drop-down, one per line (optional)"
        hint="Posts, such as Director of Place"
      >
        <Textarea value={leads} onChange={(_, d) => setLeads(d.value)} resize="vertical" rows={3} />
      </Field>
      <Checkbox
        checked={brag}
        onChange={(_, d) => setBrag(!!d.checked)}
        label="Offer Blue for complete (BRAG)"
      />
      <Button
        appearance="primary"
        disabled={state.busy || !text.trim()}
        onClick={() => onStart({ text, title, brag, leads: leads.split(/\r?\n/) })}
      >
        {state.busy ? 'Writing the plan…' : 'Start the plan'}
      </Button>
      <div aria-live="polite" className={styles.said}>
        {outcome && !outcome.ok && (
          <MessageBar intent="warning">
            <MessageBarBody>{outcome.message}</MessageBarBody>
          </MessageBar>
        )}
        {outcome?.ok && (
          <MessageBar intent="success">
            <MessageBarBody>
              {outcome.read} {outcome.wrote}
              {outcome.leftOut ? ` ${outcome.leftOut}` : ''}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
