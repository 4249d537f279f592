import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { describeProblem } from '../../report/messages';

/** One problem in plain words; dismissable so the pane stays usable. */
export function ProblemBar({ error, onDismiss }: { error: unknown; onDismiss: () => void }) {
  const p = describeProblem(error);
  return (
    // Anything that stopped what the user asked for is announced at once; a cancel is not.
    <MessageBar intent={p.intent} role={p.intent === 'info' ? 'status' : 'alert'}>
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
