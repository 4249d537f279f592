/**
 * React state for the task pane: settings, the plans found in the workbook, the one shown (the
 * active sheet's, following the user from sheet to sheet), its check, the workbook's summary as a
 * refresh would write it, flag in place and a refresh in progress. All Excel work goes through
 * src/addin; every failure lands in `problem` (shown as a message bar) and leaves the pane usable.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Field, Plan, SheetCell, Summary } from '../plan';
import { pickedPlans } from '../report/planSheets';
import { refreshSummary, withWorkbookKey } from '../report/reading';
import {
  activePlan,
  checkPlan,
  defaultSettings,
  findPlans,
  optionsFrom,
  planForSheet,
  rereadPlans,
  withOverride,
  type ExcelPort,
  type FoundPlan,
  type NewPlanPort,
  type StoredSettings,
} from '../addin';
import { useFlag } from './useFlag';
import { useRefresh } from './useRefresh';

export type { RefreshState } from './useRefresh';
export type { FlagState } from './useFlag';

/** The adapter, plus what only a live Excel can do: tell the pane when the user switches sheets. */
export type PanePort = ExcelPort &
  Partial<NewPlanPort> & {
    onSheetActivated?(handler: (sheet: string) => void): Promise<() => Promise<void>>;
  };

/** What a refresh would summarise now: the picked plans, read with the workbook's RAG key. */
export function workbookSummary(
  found: FoundPlan[],
  settings: StoredSettings
): { plans: Plan[]; summary: Summary } | null {
  const plans = pickedPlans(
    found.map((f) => f.plan),
    settings.picked
  );
  if (plans.length === 0) return null;
  const options = withWorkbookKey(optionsFrom(settings), found[0]?.workbookKey);
  return { plans, summary: refreshSummary(plans, options) };
}

/** The workbook's plans: read at first, read again on asking, re-read when settings change. */
function usePlans(excel: PanePort, report: (problem: unknown) => void) {
  const [settings, setSettings] = useState<StoredSettings>(defaultSettings);
  const [found, setFound] = useState<FoundPlan[]>([]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  /** Reads the workbook's plans again (the user may have edited the plan or added one). */
  const lookAgain = useCallback(
    async (current: StoredSettings) => {
      setLoading(true);
      report(null);
      try {
        const plans = await findPlans(excel, current);
        setFound(plans);
        setSelectedKey((key) =>
          key && plans.some((p) => p.key === key) ? key : activePlan(plans)
        );
        return plans;
      } catch (e) {
        report(e);
        return null;
      } finally {
        setLoading(false);
      }
    },
    [excel, report]
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
        if (live) report(e);
      } finally {
        if (live) setLoading(false);
      }
    })();
    return () => {
      live = false;
    };
  }, [excel, report]);

  /** Applies and saves new settings; plans are re-read from the grids already fetched. */
  const changeSettings = useCallback(
    async (next: StoredSettings) => {
      setSettings(next);
      setFound((prev) => rereadPlans(prev, next));
      try {
        await excel.saveSettings(next);
      } catch (e) {
        report(e);
      }
    },
    [excel, report]
  );

  return { settings, found, selectedKey, setSelectedKey, loading, lookAgain, changeSettings };
}

/** Follow the user: another sheet activated shows that sheet's plan. */
function useFollowSheets(
  excel: PanePort,
  found: FoundPlan[],
  setSelectedKey: (f: (key: string | null) => string | null) => void
) {
  const foundRef = useRef<FoundPlan[]>([]);
  useEffect(() => {
    foundRef.current = found;
  }, [found]);
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
  }, [excel, setSelectedKey]);
}

export function usePlan(excel: PanePort) {
  const [problem, setProblem] = useState<unknown>(null);
  const report = useCallback((e: unknown) => setProblem(e), []);
  const p = usePlans(excel, report);
  const { settings, found, changeSettings } = p;
  useFollowSheets(excel, found, p.setSelectedKey);

  const selected = found.find((f) => f.key === p.selectedKey) ?? null;
  const check: Summary | null = useMemo(
    () => (selected ? checkPlan(selected, settings) : null),
    [selected, settings]
  );
  const workbook = useMemo(() => workbookSummary(found, settings), [found, settings]);
  const { flag, setFlag } = useFlag(excel, selected?.plan ?? null, report);
  const { refresh, start, cancel } = useRefresh(excel, settings, report);

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

  return {
    settings,
    found,
    selected,
    check,
    workbook,
    loading: p.loading,
    problem,
    refresh,
    flag,
    lookAgain: () => void p.lookAgain(settings),
    /** Reads the workbook again with these settings (a range pointed at needs its sheet read afresh). */
    lookAgainWith: p.lookAgain,
    select: (key: string) => p.setSelectedKey(() => key),
    changeSettings: (s: StoredSettings) => void changeSettings(s),
    pick: (picked: string[] | null) => void changeSettings({ ...settings, picked }),
    overrideColumn,
    selectCell: (cell: SheetCell) => void selectCell(cell),
    startRefresh: (since?: Parameters<typeof start>[0]) => void start(since),
    cancelRefresh: cancel,
    setFlag: (on: boolean) => void setFlag(on),
    dismissProblem: () => setProblem(null),
    report,
  };
}

export type PlanState = ReturnType<typeof usePlan>;
