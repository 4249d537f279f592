import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Plan } from '../plan';
import { SAY } from '../report/messages';
import { planTitle } from '../report/planTitle';
import { ChangesTab } from './components/ChangesTab';
import { CheckResults } from './components/CheckResults';
import { ColumnMapping } from './components/ColumnMapping';
import { FlagPanel } from './components/FlagPanel';
import { PaneTabs } from './components/PaneTabs';
import { PlanPicker } from './components/PlanPicker';
import { ProblemBar } from './components/ProblemBar';
import { RefreshPanel } from './components/RefreshPanel';
import { SavingsSection } from './components/SavingsSection';
import { usePlan, type PanePort, type PlanState } from './usePlan';
import { usePlanChoices, type PlanChoices } from './usePlanChoices';
import { useNewPlan } from './useNewPlan';
import { RollupPanel } from './components/RollupPanel';
import { Fetched } from './components/Fetched';
import { loadNewPlanPanel, loadSettingsPanel } from './components/rarePanels';
import { useLatestChanges } from './useLatestChanges';
import { usePaneTab, type PaneTab } from './usePaneTab';
import { useRibbonOutcome } from './useRibbonOutcome';
import { useSnapshots } from './useSnapshots';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  // 20 px margins, as Microsoft's task pane guidance asks; nothing may be wider than the pane.
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: '20px',
    minWidth: '0',
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
    border: 0,
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** Each tab's name: also the panel's heading, the pane's one h1 (Office's title bar names the add-in). */
const TAB_NAMES: Record<PaneTab, string> = {
  check: 'Check',
  summaries: 'Summaries',
  savings: 'Savings',
  changes: 'Changes',
};

const TAB_LIST = (Object.keys(TAB_NAMES) as PaneTab[]).map((t) => [t, TAB_NAMES[t]] as const);

/** A host that cannot write new sheets offers no new plan (the entry is not shown). */
const NO_NEW_PLAN = {
  writeNewSheets: () => Promise.reject(new Error('This host cannot write new sheets.')),
};

/** The column mapping is shown open when a column is missing or the user chose one; else it waits folded. */
export function mappingWorthShowing(plan: Plan): boolean {
  return (
    plan.findings.some((f) => f.code === 'missing-column') || plan.columns.some((c) => c.overridden)
  );
}

/**
 * The pane for three jobs, a tab each: Check (policy officers: the plan's findings, grouped),
 * Summaries (managers: Refresh first), Savings (finance leads: the Savings sheet's figures), and
 * Changes (what changed since the last refresh or a chosen snapshot). Each job's main action is
 * the first thing in its tab, so it shows without scrolling and is a Tab or two from the tabs.
 */
export function App({ excel, theme }: { excel: PanePort; theme: Theme }) {
  const styles = useStyles();
  const s = usePlan(excel);
  const choices = usePlanChoices(excel, s);
  const [tab, setTab] = usePaneTab();
  const [ribbon, dismissRibbon] = useRibbonOutcome();
  const latest = useLatestChanges(s.refresh.outcome, ribbon);
  const snapshots = useSnapshots(excel, s.refresh.outcome, s.report);
  // Kept here, not in its tab, so that what a new plan did is still said after a look elsewhere.
  const writeNewSheets = excel.writeNewSheets;
  const newPlanPort = useMemo(() => (writeNewSheets ? { writeNewSheets } : null), [writeNewSheets]);
  const newPlan = useNewPlan(newPlanPort ?? NO_NEW_PLAN, s.lookAgain, s.report);
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <main className={styles.main}>
        {ribbon && (
          <MessageBar
            intent={ribbon.ok ? 'success' : 'error'}
            role={ribbon.ok ? 'status' : 'alert'}
          >
            <MessageBarBody>
              {SAY.ribbonPrefix}: {ribbon.text}
            </MessageBarBody>
            <MessageBarActions>
              <Button appearance="transparent" size="small" onClick={dismissRibbon}>
                Dismiss
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {s.problem !== null && <ProblemBar error={s.problem} onAction={s.dismissProblem} />}
        <PaneTabs label="What to do" tabs={TAB_LIST} selected={tab} onSelect={setTab} />
        <div
          role="tabpanel"
          id={`panel-${tab}`}
          aria-labelledby={`tab-${tab}`}
          className={styles.panel}
        >
          <h1 className={styles.hidden}>{TAB_NAMES[tab]}</h1>
          {tab === 'check' && <CheckTab s={s} choices={choices} />}
          {tab === 'summaries' && (
            <SummariesTab excel={excel} s={s} newPlan={newPlanPort ? newPlan : null} />
          )}
          {tab === 'savings' && <SavingsTab s={s} />}
          {tab === 'changes' && (
            <ChangesTab
              snapshots={snapshots}
              running={s.refresh.running}
              progress={s.refresh.progress?.label ?? null}
              canRefresh={s.found.length > 0}
              latest={latest}
              onRefresh={s.startRefresh}
              onSelect={s.selectCell}
            />
          )}
        </div>
      </main>
    </FluentProvider>
  );
}

/** Check: the findings first; then flag in place, which plan and how its columns were read, and the dates. */
function CheckTab({ s, choices }: { s: PlanState; choices: PlanChoices }) {
  const styles = useStyles();
  const plan = s.selected?.plan ?? null;
  const mapping = plan && s.selected && (
    <ColumnMapping
      plan={plan}
      overrides={s.settings.overrides[s.selected.key]}
      onOverride={s.overrideColumn}
    />
  );
  const showMapping = plan !== null && mappingWorthShowing(plan);
  return (
    <>
      {s.loading && s.found.length === 0 && <Spinner size="small" label="Reading the workbook…" />}
      {!s.loading && s.found.length === 0 && <Text>{SAY.noPlanInWorkbook}</Text>}
      {plan && s.check && (
        <>
          <CheckResults plan={plan} summary={s.check} onSelect={s.selectCell} />
          <FlagPanel flag={s.flag} disabled={plan === null} onFlag={s.setFlag} />
        </>
      )}
      <section className={styles.section} aria-labelledby="plan-heading">
        <h2 id="plan-heading" className={styles.h2}>
          {plan ? `Plan: ${planTitle(plan)}` : 'Plan'}
        </h2>
        <PlanPicker
          found={s.found}
          selectedKey={s.selected?.key ?? null}
          loading={s.loading}
          onSelect={s.select}
          onLookAgain={s.lookAgain}
          choices={choices}
          mapping={
            s.selected
              ? { overrides: s.settings.overrides[s.selected.key], onOverride: s.overrideColumn }
              : undefined
          }
        />
      </section>
      {/* Open at first when a column is missing or was chosen; it stays where it is when a pick changes that. */}
      <Accordion
        key={s.selected?.key ?? 'none'}
        collapsible
        multiple
        defaultOpenItems={showMapping ? ['columns'] : []}
      >
        {/* The plan picker shows the mapping itself when it must be seen (a pointed plan, a column missing or chosen). */}
        {mapping && !choices.mappingReason && (
          <AccordionItem value="columns">
            <AccordionHeader as="h2">How the columns were read</AccordionHeader>
            <AccordionPanel>{mapping}</AccordionPanel>
          </AccordionItem>
        )}
        <AccordionItem value="settings">
          <AccordionHeader as="h2">Dates and RAG key</AccordionHeader>
          <AccordionPanel>
            <Fetched load={loadSettingsPanel} label="Loading the settings">
              {(SettingsPanel) => (
                <SettingsPanel settings={s.settings} onChange={s.changeSettings} />
              )}
            </Fetched>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}

/** Summaries: Refresh first; then a roll-up of other workbooks, and starting a new plan. */
function SummariesTab({
  excel,
  s,
  newPlan,
}: {
  excel: PanePort;
  s: PlanState;
  /** Null when the host cannot write new sheets: the entry is not shown. */
  newPlan: ReturnType<typeof useNewPlan> | null;
}) {
  return (
    <>
      <RefreshPanel
        refresh={s.refresh}
        found={s.found}
        picked={s.settings.picked ?? null}
        onPick={s.pick}
        onRefresh={() => s.startRefresh()}
        onCancel={s.cancelRefresh}
        onSelect={s.selectCell}
      />
      <RollupPanel excel={excel} onWritten={s.lookAgain} onProblem={s.report} />
      {newPlan && (
        <Accordion collapsible>
          <AccordionItem value="new-plan">
            <AccordionHeader as="h2">Start a new plan</AccordionHeader>
            <AccordionPanel>
              <Fetched load={loadNewPlanPanel} label="Loading the new plan form">
                {(NewPlanPanel) => <NewPlanPanel state={newPlan.state} onStart={newPlan.start} />}
              </Fetched>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </>
  );
}

/** Savings: the workbook's figures as the Savings sheet writes them, then the plan shown. */
function SavingsTab({ s }: { s: PlanState }) {
  const wb = s.workbook;
  const several = (wb?.plans.length ?? 0) > 1;
  return (
    <SavingsSection
      finance={wb?.summary.finance ?? null}
      findings={wb?.plans.flatMap((p) => p.findings) ?? []}
      plan={
        several && s.selected && s.check
          ? { title: planTitle(s.selected.plan), finance: s.check.finance }
          : null
      }
      onSelect={s.selectCell}
    />
  );
}
