/**
 * React state for the task pane: settings, the plans found in the workbook, the one shown (the
 * active sheet's, following the user from sheet to sheet), its check, flag in place as it is on
 * the sheet, and a refresh in progress. All Excel work goes through src/excel/workflow.ts; every
 * failure lands in `problem` (shown as a message bar) and leaves the pane usable.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Field, SheetCell, Summary } from '../plan';
import { SAY } from '../report/messages';
import {
  activePlan,
  checkPlan,
  defaultSettings,
  findPlans,
  planForSheet,
  refreshSummaries,
  rereadPlans,
  undoProblem,
  withOverride,
  type ExcelPort,
  type FoundPlan,
  type NewPlanPort,
  type RefreshOutcome,
  type RefreshProgress,
  type StoredSettings,
} from '../addin';

export interface RefreshState {
  running: boolean;
  progress: RefreshProgress | null;
  outcome: RefreshOutcome | null;
}

export interface FlagState {
  on: boolean;
  busy: boolean;
  /** What the last change did, in words. */
  said: string | null;
}

/** The adapter, plus what only a live Excel can do: tell the pane when the user switches sheets. */
export type PanePort = ExcelPort &
  Partial<NewPlanPort> & {
    onSheetActivated?(handler: (sheet: string) => void): Promise<() => Promise<void>>;
  };

export function usePlan(excel: PanePort) {
  const [settings, setSettings] = useState<StoredSettings>(defaultSettings);
  const [found, setFound] = useState<FoundPlan[]>([]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [problem, setProblem] = useState<unknown>(null);
  const [refresh, setRefresh] = useState<RefreshState>({
    running: false,
    progress: null,
    outcome: null,
  });
  const [flag, setFlagState] = useState<FlagState>({ on: false, busy: false, said: null });
  const abort = useRef<AbortController | null>(null);
  const foundRef = useRef<FoundPlan[]>([]);
  useEffect(() => {
    foundRef.current = found;
  }, [found]);

  /** Reads the workbook's plans again (the user may have edited the plan or added one). */
  const lookAgain = useCallback(
    async (current: StoredSettings) => {
      setLoading(true);
      setProblem(null);
      try {
        const plans = await findPlans(excel, current);
        setFound(plans);
        setSelectedKey((key) =>
          key && plans.some((p) => p.key === key) ? key : activePlan(plans)
        );
        return plans;
      } catch (e) {
        setProblem(e);
        return null;
      } finally {
        setLoading(false);
      }
    },
    [excel]
  );

  // First look: the saved settings, then the plans read with them, the active sheet's first.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const saved = await excel.loadSettings();
        const plans = await findPlans(excel, saved);
        if (!live) return;
        setSettings(saved);
        setFound(plans);
        setSelectedKey(activePlan(plans));
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

  // Follow the user: another sheet activated shows that sheet's plan.
  useEffect(() => {
    if (!excel.onSheetActivated) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    void excel
      .onSheetActivated((sheet) =>
        setSelectedKey((key) => planForSheet(foundRef.current, sheet, key))
      )
      .then((s) => {
        if (live) stop = s;
        else void s();
      });
    return () => {
      live = false;
      void stop?.();
    };
  }, [excel]);

  const selected = found.find((f) => f.key === selectedKey) ?? null;
  const check: Summary | null = useMemo(
    () => (selected ? checkPlan(selected, settings) : null),
    [selected, settings]
  );

  // Flag in place as it is on the sheet now, read back whenever another plan is shown.
  const selectedPlan = selected?.plan ?? null;
  useEffect(() => {
    if (!selectedPlan) return;
    let live = true;
    excel.readFlagState(selectedPlan).then(
      (on) => live && setFlagState({ on, busy: false, said: null }),
      () => live && setFlagState({ on: false, busy: false, said: null })
    );
    return () => {
      live = false;
    };
  }, [excel, selectedPlan]);

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
    [excel]
  );

  const overrideColumn = useCallback(
    (field: Field, column: string | null | undefined) => {
      if (!selected) return;
      void changeSettings(withOverride(settings, selected.key, field, column));
    },
    [changeSettings, selected, settings]
  );

  const selectCell = useCallback(
    async (cell: SheetCell) => {
      try {
        await excel.selectCell(cell);
      } catch (e) {
        setProblem(e);
      }
    },
    [excel]
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
      const undo = undoProblem(outcome.undo);
      if (undo) setProblem(undo);
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
      setFlagState((f) => ({ ...f, busy: true, said: null }));
      try {
        const done = await excel.setFlagInPlace(selected.plan, on);
        const said = on
          ? SAY.flagged(done)
          : SAY.unflagged({ formats: done.removed.formats, dropDowns: done.removed.dropDowns });
        setFlagState({ on, busy: false, said });
        const undo = undoProblem(done.undo);
        if (undo) setProblem(undo);
      } catch (e) {
        setFlagState((f) => ({ ...f, busy: false }));
        setProblem(e);
      }
    },
    [excel, selected]
  );

  return {
    settings,
    found,
    selected,
    check,
    loading,
    problem,
    refresh,
    flag,
    lookAgain: () => void lookAgain(settings),
    /** Reads the workbook again with these settings (a range pointed at needs its sheet read afresh). */
    lookAgainWith: lookAgain,
    select: setSelectedKey,
    changeSettings: (s: StoredSettings) => void changeSettings(s),
    pick: (picked: string[] | null) => void changeSettings({ ...settings, picked }),
    overrideColumn,
    selectCell: (cell: SheetCell) => void selectCell(cell),
    startRefresh: () => void startRefresh(),
    cancelRefresh,
    setFlag: (on: boolean) => void setFlag(on),
    dismissProblem: () => setProblem(null),
    report: setProblem,
  };
}

export type PlanState = ReturnType<typeof usePlan>;
