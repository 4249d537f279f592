/**
 * A refresh in progress from the pane: progress as it happens, a cancel while it can still stop,
 * and the outcome. A baseline (`since`) compares with a kept snapshot rather than the last refresh.
 */
import { useCallback, useRef, useState } from 'react';
import type { Since } from '../plan';
import {
  refreshSince,
  refreshSummaries,
  undoProblem,
  type ExcelPort,
  type RefreshOutcome,
  type RefreshProgress,
  type StoredSettings,
} from '../addin';

export interface RefreshState {
  running: boolean;
  progress: RefreshProgress | null;
  outcome: RefreshOutcome | null;
}

export function useRefresh(
  excel: ExcelPort,
  settings: StoredSettings,
  report: (problem: unknown) => void
) {
  const [refresh, setRefresh] = useState<RefreshState>({
    running: false,
    progress: null,
    outcome: null,
  });
  const abort = useRef<AbortController | null>(null);

  const start = useCallback(
    async (since?: Since) => {
      const controller = new AbortController();
      abort.current = controller;
      report(null);
      setRefresh({ running: true, progress: null, outcome: null });
      const options = {
        signal: controller.signal,
        onProgress: (progress: RefreshProgress) => setRefresh((r) => ({ ...r, progress })),
      };
      try {
        const outcome =
          since && since.kind !== 'last'
            ? await refreshSince(excel, settings, since, options)
            : await refreshSummaries(excel, settings, options);
        setRefresh({ running: false, progress: null, outcome });
        const undo = undoProblem(outcome.undo);
        if (undo) report(undo);
      } catch (e) {
        setRefresh({ running: false, progress: null, outcome: null });
        report(e);
      } finally {
        abort.current = null;
      }
    },
    [excel, settings, report]
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { refresh, start, cancel };
}
