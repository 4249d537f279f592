import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { describeProblem } from '../problems';

/** One error in plain words; dismissable so the pane stays usable. */
export function ProblemBar({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const p = describeProblem(error);
  return (
    <MessageBar intent={p.intent} role={p.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>
        <MessageBarTitle>{p.title}</MessageBarTitle> {p.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
