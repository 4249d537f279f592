/**
 * React state for the task pane: settings, the plans found on the active sheet, the one chosen,
 * its check, and a refresh in progress. All Excel work goes through workflow.ts; every failure
 * lands in `problem` (shown as a message bar) and leaves the pane usable.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Field, Summary } from '../plan';
import {
  checkPlan,
  defaultSettings,
  findPlans,
  refreshSummaries,
  rereadPlans,
  withOverride,
  type ExcelPort,
  type FoundPlan,
  type RefreshOutcome,
  type RefreshProgress,
  type StoredSettings,
} from '../excel/workflow';

export interface RefreshState {
  running: boolean;
  progress: RefreshProgress | null;
  outcome: RefreshOutcome | null;
}

export function usePlan(excel: ExcelPort) {
  const [settings, setSettings] = useState<StoredSettings>(defaultSettings);
  const [found, setFound] = useState<FoundPlan[]>([]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<unknown>(null);
  const [refresh, setRefresh] = useState<RefreshState>({ running: false, progress: null, outcome: null });
  const [flagOn, setFlagOn] = useState(false);
  const abort = useRef<AbortController | null>(null);

  /** Reads the active sheet's plans again (the user may have switched sheets or edited the plan). */
  const lookAgain = useCallback(
    async (current: StoredSettings) => {
      setLoading(true);
      setProblem(null);
      try {
        const plans = await findPlans(excel, current);
        setFound(plans);
        setSelectedKey((key) => (key && plans.some((p) => p.key === key) ? key : (plans[0]?.key ?? null)));
      } catch (e) {
        setProblem(e);
      } finally {
        setLoading(false);
      }
    },
    [excel],
  );

  // First look: the saved settings, then the plans read with them.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const saved = await excel.loadSettings();
        const plans = await findPlans(excel, saved);
        if (!live) return;
        setSettings(saved);
        setFound(plans);
        setSelectedKey(plans[0]?.key ?? null);
      } catch (e) {
        if (live) setProblem(e);
      } finally {
        if (live) setLoading(false);
      }
    })();
    return () => {
      live = false;
    };
  }, [excel]);

  const selected = found.find((f) => f.key === selectedKey) ?? null;
  const check: Summary | null = useMemo(() => (selected ? checkPlan(selected, settings) : null), [selected, settings]);

  /** Applies and saves new settings; plans are re-read from the grids already fetched. */
  const changeSettings = useCallback(
    async (next: StoredSettings) => {
      setSettings(next);
      setFound((prev) => rereadPlans(prev, next));
      try {
        await excel.saveSettings(next);
      } catch (e) {
        setProblem(e);
      }
    },
    [excel],
  );

  const overrideColumn = useCallback(
    (field: Field, column: string | null | undefined) => {
      if (!selected) return;
      void changeSettings(withOverride(settings, selected.key, field, column));
    },
    [changeSettings, selected, settings],
  );

  const selectCell = useCallback(
    async (ref: string) => {
      try {
        await excel.selectCell(ref);
      } catch (e) {
        setProblem(e);
      }
    },
    [excel],
  );

  const startRefresh = useCallback(async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProblem(null);
    setRefresh({ running: true, progress: null, outcome: null });
    try {
      const outcome = await refreshSummaries(excel, settings, {
        signal: controller.signal,
        onProgress: (progress) => setRefresh((r) => ({ ...r, progress })),
      });
      setRefresh({ running: false, progress: null, outcome });
    } catch (e) {
      setRefresh({ running: false, progress: null, outcome: null });
      setProblem(e);
    } finally {
      abort.current = null;
    }
  }, [excel, settings]);

  const cancelRefresh = useCallback(() => abort.current?.abort(), []);

  const setFlag = useCallback(
    async (on: boolean) => {
      if (!selected) return;
      try {
        await excel.setFlagInPlace(selected.plan, on);
        setFlagOn(on);
      } catch (e) {
        setProblem(e);
      }
    },
    [excel, selected],
  );

  return {
    settings,
    found,
    selected,
    check,
    loading,
    problem,
    refresh,
    flagOn,
    lookAgain: () => void lookAgain(settings),
    select: setSelectedKey,
    changeSettings: (s: StoredSettings) => void changeSettings(s),
    overrideColumn,
    selectCell: (ref: string) => void selectCell(ref),
    startRefresh: () => void startRefresh(),
    cancelRefresh,
    setFlag: (on: boolean) => void setFlag(on),
    dismissProblem: () => setProblem(null),
  };
}

export type PlanState = ReturnType<typeof usePlan>;
