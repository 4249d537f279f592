import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  FluentProvider,
  Spinner,
  Text,
  makeStyles,
  tokens,
  type Theme,
} from '@fluentui/react-components';
import { CheckResults } from './components/CheckResults';
import { ColumnMapping } from './components/ColumnMapping';
import { PlanPicker } from './components/PlanPicker';
import { ProblemBar } from './components/ProblemBar';
import { RefreshPanel } from './components/RefreshPanel';
import { SettingsPanel } from './components/SettingsPanel';
import { usePlan } from './usePlan';
import { useRibbonOutcome } from './useRibbonOutcome';
import type { ExcelPort } from '../excel/workflow';

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: '0',
  },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h2: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export function App({ excel, theme }: { excel: ExcelPort; theme: Theme }) {
  const styles = useStyles();
  const s = usePlan(excel);
  const [ribbon, dismissRibbon] = useRibbonOutcome();
  const plan = s.selected?.plan ?? null;
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <main className={styles.main}>
        <h1 className={styles.h1}>RAG Plan</h1>
        {ribbon && (
          <MessageBar intent={ribbon.ok ? 'success' : 'error'} role={ribbon.ok ? 'status' : 'alert'}>
            <MessageBarBody>Ribbon: {ribbon.text}</MessageBarBody>
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
        {s.loading && s.found.length === 0 && <Spinner size="small" label="Reading the active sheet…" />}
        {!s.loading && s.found.length === 0 && (
          <Text>
            No action plan found on this sheet. Open the sheet with the plan (a table with headers such as Action, Lead,
            Timescale and RAG) and choose Look again.
          </Text>
        )}

        <section className={styles.section} aria-labelledby="refresh-heading">
          <h2 id="refresh-heading" className={styles.h2}>
            Summary sheets
          </h2>
          <RefreshPanel
            refresh={s.refresh}
            canRefresh={s.found.length > 0}
            flagOn={s.flagOn}
            canFlag={plan !== null}
            onRefresh={s.startRefresh}
            onCancel={s.cancelRefresh}
            onFlag={s.setFlag}
            onSelect={s.selectCell}
          />
        </section>

        {plan && s.check && (
          <section className={styles.section} aria-labelledby="check-heading">
            <h2 id="check-heading" className={styles.h2}>
              Check
            </h2>
            <CheckResults plan={plan} summary={s.check} onSelect={s.selectCell} />
          </section>
        )}

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
