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
import { SAY } from '../report/messages';
import { ChangesSection } from './components/ChangesSection';
import { CheckResults } from './components/CheckResults';
import { ColumnMapping } from './components/ColumnMapping';
import { FlagPanel } from './components/FlagPanel';
import { PlanPicker } from './components/PlanPicker';
import { ProblemBar } from './components/ProblemBar';
import { RefreshPanel } from './components/RefreshPanel';
import { SavingsSection } from './components/SavingsSection';
import { SettingsPanel } from './components/SettingsPanel';
import { usePlan, type PanePort } from './usePlan';
import { useNewPlan } from './useNewPlan';
import { NewPlanPanel } from './components/NewPlanPanel';
import { RollupPanel } from './components/RollupPanel';
import { useLatestChanges } from './useLatestChanges';
import { useRibbonOutcome } from './useRibbonOutcome';

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
    gap: tokens.spacingVerticalL,
    padding: '20px',
    minWidth: '0',
    maxWidth: '100%',
    boxSizing: 'border-box',
    overflowWrap: 'anywhere',
  },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/**
 * The pane in the order people work: pick the plan, check it (and flag it in place), see its
 * savings, then refresh the summary sheets and see what changed since the refresh before; how
 * columns were read and the dates come last. No
 * heading repeats the add-in's name: Office's title bar already shows it.
 */
/** A host that cannot write new sheets offers no new plan (the entry is not shown). */
const NO_NEW_PLAN = {
  writeNewSheets: () => Promise.reject(new Error('This host cannot write new sheets.')),
};

export function App({ excel, theme }: { excel: PanePort; theme: Theme }) {
  const styles = useStyles();
  const s = usePlan(excel);
  const [ribbon, dismissRibbon] = useRibbonOutcome();
  const latest = useLatestChanges(s.refresh.outcome, ribbon);
  const plan = s.selected?.plan ?? null;
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
        {s.problem !== null && <ProblemBar error={s.problem} onDismiss={s.dismissProblem} />}
        <PlanPicker
          found={s.found}
          selectedKey={s.selected?.key ?? null}
          loading={s.loading}
          onSelect={s.select}
          onLookAgain={s.lookAgain}
        />
        {s.loading && s.found.length === 0 && (
          <Spinner size="small" label="Reading the workbook…" />
        )}
        {!s.loading && s.found.length === 0 && <Text>{SAY.noPlanInWorkbook}</Text>}

        {plan && s.check && (
          <section className={styles.section} aria-labelledby="check-heading">
            <h2 id="check-heading" className={styles.h2}>
              Check
            </h2>
            <CheckResults plan={plan} summary={s.check} onSelect={s.selectCell} />
            <FlagPanel flag={s.flag} disabled={plan === null} onFlag={s.setFlag} />
          </section>
        )}

        {plan && s.check && (
          // For finance leads: totals, the money findings and the largest shortfalls, each a click to its row.
          <section className={styles.section} aria-labelledby="savings-heading">
            <h2 id="savings-heading" className={styles.h2}>
              Savings
            </h2>
            <SavingsSection
              finance={s.check.finance}
              findings={plan.findings}
              onSelect={s.selectCell}
            />
          </section>
        )}

        <section className={styles.section} aria-labelledby="refresh-heading">
          <h2 id="refresh-heading" className={styles.h2}>
            Summary sheets
          </h2>
          <RefreshPanel
            refresh={s.refresh}
            found={s.found}
            picked={s.settings.picked ?? null}
            onPick={s.pick}
            onRefresh={s.startRefresh}
            onCancel={s.cancelRefresh}
            onSelect={s.selectCell}
          />
        </section>

        {latest && !s.refresh.running && (
          // After a refresh (here or from the ribbon): what changed since the one before.
          <section className={styles.section} aria-labelledby="changes-heading">
            <h2 id="changes-heading" className={styles.h2}>
              {SAY.changesSince(latest.changes)}
            </h2>
            <ChangesSection changes={latest.changes} onSelect={s.selectCell} />
          </section>
        )}

        <RollupPanel excel={excel} onWritten={s.lookAgain} onProblem={s.report} />

        <Accordion collapsible multiple>
          {plan && s.selected && (
            <AccordionItem value="columns">
              <AccordionHeader as="h2">How the columns were read</AccordionHeader>
              <AccordionPanel>
                <ColumnMapping
                  plan={plan}
                  overrides={s.settings.overrides[s.selected.key]}
                  onOverride={s.overrideColumn}
                />
              </AccordionPanel>
            </AccordionItem>
          )}
          {newPlanPort && (
            <AccordionItem value="new-plan">
              <AccordionHeader as="h2">Start a new plan</AccordionHeader>
              <AccordionPanel>
                <NewPlanPanel state={newPlan.state} onStart={newPlan.start} />
              </AccordionPanel>
            </AccordionItem>
          )}
          <AccordionItem value="settings">
            <AccordionHeader as="h2">Dates and RAG key</AccordionHeader>
            <AccordionPanel>
              <SettingsPanel settings={s.settings} onChange={s.changeSettings} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </main>
    </FluentProvider>
  );
}
