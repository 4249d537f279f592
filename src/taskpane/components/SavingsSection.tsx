import { Accordion, Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
import {
  cellRef,
  FINANCE_CODES,
  formatPounds,
  lineCell,
  shorten,
  type FinanceSummary,
  type Finding,
  type SavingsLine,
  type SheetCell,
} from '../../plan';
import { NO_SAVINGS_SHEET, SAY } from '../../report/messages';
import { savingsHeadline } from '../../report/savingsFigures';
import { CollapsedList } from './CollapsedList';
import { FindingGroups } from './FindingGroups';
import { RagBadge } from './RagBadge';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: {
    margin: `${tokens.spacingVerticalS} 0 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  figures: {
    display: 'grid',
    gridTemplateColumns: 'auto auto',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  amount: { margin: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  label: { minWidth: 0 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    overflowWrap: 'anywhere',
  },
  line: { justifyContent: 'flex-start', textAlign: 'left', minWidth: 0 },
});

/** How many of the largest shortfalls the pane lists. */
export const LARGEST = 5;

export interface SavingsSectionProps {
  /** The finance of the summary a refresh writes (plain data); null before the plans are read. */
  finance: FinanceSummary | null;
  /** The findings of the plans summarised; only the money ones are shown here. */
  findings: Finding[];
  /** The plan shown, when the workbook has several: its own figures below the workbook's. */
  plan?: { title: string; finance: FinanceSummary } | null;
  onSelect: (cell: SheetCell) => void;
}

/** Whole pounds for the pane: "£1,235,000". */
const pounds = (n: number) => formatPounds(Math.round(n));

/** The lines furthest short of target, largest first; lines on or over target are not listed. */
export function largestShortfalls(finance: FinanceSummary, n = LARGEST): SavingsLine[] {
  return finance.lines.filter((l) => l.shortfall !== null && l.shortfall > 0).slice(0, n);
}

/**
 * The Savings sheet's headline in the pane, from the same function (savingsHeadline) and the same
 * summary a refresh writes, so the two never differ; then the money findings grouped by kind, the
 * five largest shortfalls a click away, and the plan shown when the workbook has several.
 */
export function SavingsSection({ finance, findings, plan, onSelect }: SavingsSectionProps) {
  const styles = useStyles();
  if (!finance || finance.lines.length === 0) return <Text>{NO_SAVINGS_SHEET}</Text>;
  const money = findings.filter((f) => FINANCE_CODES.includes(f.code));
  const largest = largestShortfalls(finance);
  return (
    // The pane gives this its "Savings" heading and region; a second region here would name it twice.
    <div className={styles.section}>
      <Headline finance={finance} label="Savings in the workbook" />
      {largest.length > 0 && (
        <Accordion collapsible>
          <CollapsedList
            value="largest"
            title={`Largest shortfalls: ${largest.length}`}
            items={largest}
          >
            {(l: SavingsLine) => (
              <ShortfallButton line={l} onSelect={onSelect} className={styles.line} />
            )}
          </CollapsedList>
        </Accordion>
      )}
      <FindingGroups label="Finance findings" findings={money} onSelect={onSelect} />
      {plan && (
        <>
          <h2 className={styles.heading}>This plan: {plan.title}</h2>
          {plan.finance.lines.length > 0 ? (
            <Headline finance={plan.finance} label={`Savings in ${plan.title}`} />
          ) : (
            <Text>{SAY.noSavingsInPlan}</Text>
          )}
        </>
      )}
    </div>
  );
}

/** The headline figures as the Savings sheet writes them, and how many lines they come from. */
function Headline({ finance, label }: { finance: FinanceSummary; label: string }) {
  const styles = useStyles();
  const t = finance.totals;
  return (
    <>
      <dl className={styles.figures} aria-label={label}>
        {savingsHeadline(finance).map((f) => (
          <Figure key={f.label} label={f.label} amount={f.amount} />
        ))}
      </dl>
      <Caption1>
        {t.lines} savings line{t.lines === 1 ? '' : 's'}
        {t.unknown > 0 ? `, ${t.unknown} with no known target (TBC or blank)` : ''}.
      </Caption1>
    </>
  );
}

function Figure({ label, amount }: { label: string; amount: number }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.amount}>{pounds(amount)}</dd>
    </>
  );
}

/** One shortfall: a button that selects the line's row in the plan. No hooks, so it reads plainly. */
export function ShortfallButton({
  line,
  onSelect,
  className,
}: {
  line: SavingsLine;
  onSelect: (cell: SheetCell) => void;
  className?: string;
}) {
  const cell = lineCell(line);
  const title = line.title ?? '(no action text)';
  const short = `${pounds(line.shortfall ?? 0)} short${line.year ? ` in ${line.year}` : ''}`;
  return (
    <Button
      appearance="subtle"
      className={className}
      onClick={() => onSelect(cell)}
      aria-label={`${short}: ${title}. Go to row ${line.row}`}
      title={`Go to ${cellRef(cell)}`}
      icon={<RagBadge rag={line.rag} />}
    >
      {short}: {shorten(title, 80)}
    </Button>
  );
}
