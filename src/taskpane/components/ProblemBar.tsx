import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { describeProblem } from '../../report/messages';

/** One problem in plain words; dismissable (or tried again) so the pane stays usable. */
export function ProblemBar({
  error,
  onAction,
  action = 'Dismiss',
}: {
  error: unknown;
  onAction: () => void;
  /** The button's words: "Dismiss", or "Try again" where that is what it does. */
  action?: string;
}) {
  const p = describeProblem(error);
  return (
    // Anything that stopped what the user asked for is announced at once; a cancel is not.
    <MessageBar intent={p.intent} role={p.intent === 'info' ? 'status' : 'alert'}>
      <MessageBarBody>
        <MessageBarTitle>{p.title}</MessageBarTitle> {p.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={onAction}>
          {action}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
