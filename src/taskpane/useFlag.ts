/** Flag in place for the plan shown: its state as on the sheet, read back whenever another plan is shown. */
import { useCallback, useEffect, useState } from 'react';
import type { Plan } from '../plan';
import { SAY } from '../report/messages';
import { undoProblem, type ExcelPort } from '../addin';

export interface FlagState {
  on: boolean;
  busy: boolean;
  /** What the last change did, in words. */
  said: string | null;
}

export function useFlag(excel: ExcelPort, plan: Plan | null, report: (problem: unknown) => void) {
  const [flag, setFlagState] = useState<FlagState>({ on: false, busy: false, said: null });

  useEffect(() => {
    if (!plan) return;
    let live = true;
    excel.readFlagState(plan).then(
      (on) => live && setFlagState({ on, busy: false, said: null }),
      () => live && setFlagState({ on: false, busy: false, said: null })
    );
    return () => {
      live = false;
    };
  }, [excel, plan]);

  const setFlag = useCallback(
    async (on: boolean) => {
      if (!plan) return;
      setFlagState((f) => ({ ...f, busy: true, said: null }));
      try {
        const done = await excel.setFlagInPlace(plan, on);
        const said = on
          ? SAY.flagged(done)
          : SAY.unflagged({ formats: done.removed.formats, dropDowns: done.removed.dropDowns });
        setFlagState({ on, busy: false, said });
        const undo = undoProblem(done.undo);
        if (undo) report(undo);
      } catch (e) {
        setFlagState((f) => ({ ...f, busy: false }));
        report(e);
      }
    },
    [excel, plan, report]
  );

  return { flag, setFlag };
}
