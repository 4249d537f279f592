import { useCallback, useEffect, useState } from 'react';
import {
  rememberedRollup,
  rollUpFiles,
  type PickedFile,
  type RollupOutcome,
  type RollupPort,
} from '../addin';

export interface RollupState {
  busy: boolean;
  outcome: RollupOutcome | null;
  /** The file names the last roll-up read (kept in the workbook), to ask for again. */
  remembered: string[];
}

/**
 * The pane's roll-up: the names the last one read are loaded from the workbook's settings; one
 * roll-up at a time; its outcome is kept to show; a failure in Excel goes to the pane's problem bar.
 * After the sheets are written, `onWritten` lets the pane read the workbook again.
 */
export function useRollup(
  port: RollupPort,
  onWritten: () => void,
  report: (error: unknown) => void
): { state: RollupState; rollUp: (files: PickedFile[]) => void } {
  const [state, setState] = useState<RollupState>({ busy: false, outcome: null, remembered: [] });
  useEffect(() => {
    let live = true;
    // No names to show is no problem: the first roll-up simply asks for none.
    rememberedRollup(port)
      .then((remembered) => live && setState((s) => ({ ...s, remembered })))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [port]);
  const rollUp = useCallback(
    (files: PickedFile[]) => {
      setState((s) => ({ ...s, busy: true, outcome: null }));
      void rollUpFiles(port, files)
        .then((outcome) => {
          setState((s) => ({
            busy: false,
            outcome,
            remembered: outcome.ok ? files.map((f) => f.name) : s.remembered,
          }));
          if (outcome.ok) onWritten();
        })
        .catch((e: unknown) => {
          setState((s) => ({ ...s, busy: false }));
          report(e);
        });
    },
    [port, onWritten, report]
  );
  return { state, rollUp };
}
