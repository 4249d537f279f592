import { useCallback, useState } from 'react';
import { startNewPlan, type NewPlanOutcome, type NewPlanPort, type NewPlanRequest } from '../addin';

export interface NewPlanState {
  busy: boolean;
  outcome: NewPlanOutcome | null;
}

/**
 * Starting a plan from the pane: one start at a time; its outcome (what was read and written, or
 * why nothing was) is kept to show; a failure in Excel goes to the pane's problem bar. After a
 * plan is written, `onWritten` lets the pane read the workbook again and show it.
 */
export function useNewPlan(
  port: NewPlanPort,
  onWritten: () => void,
  report: (error: unknown) => void
): { state: NewPlanState; start: (request: NewPlanRequest) => void } {
  const [state, setState] = useState<NewPlanState>({ busy: false, outcome: null });
  const start = useCallback(
    (request: NewPlanRequest) => {
      setState({ busy: true, outcome: null });
      void startNewPlan(port, request)
        .then((outcome) => {
          setState({ busy: false, outcome });
          if (outcome.ok) onWritten();
        })
        .catch((e: unknown) => {
          setState({ busy: false, outcome: null });
          report(e);
        });
    },
    [port, onWritten, report]
  );
  return { state, start };
}
