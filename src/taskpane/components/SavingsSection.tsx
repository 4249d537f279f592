import { Button, Caption1, Text, makeStyles, tokens } from '@fluentui/react-components';
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
import { NO_SAVINGS_SHEET } from '../../report/savingsSheet';
import { CellButton } from './CellButton';
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
  /** The summary's finance (plain data); null before a check. */
  finance: FinanceSummary | null;
  /** The plan's findings; only the money ones are shown here. */
  findings: Finding[];
  onSelect: (cell: SheetCell) => void;
}

/** Whole pounds for the pane: "£1,235,000". */
const pounds = (n: number) => formatPounds(Math.round(n));

/** The lines furthest short of target, largest first; lines on or over target are not listed. */
export function largestShortfalls(finance: FinanceSummary, n = LARGEST): SavingsLine[] {
  return finance.lines.filter((l) => l.shortfall !== null && l.shortfall > 0).slice(0, n);
}

/** Target, forecast, shortfall and at risk; the money findings; the five largest shortfalls. */
export function SavingsSection({ finance, findings, onSelect }: SavingsSectionProps) {
  const styles = useStyles();
  if (!finance || finance.lines.length === 0) return <Text>{NO_SAVINGS_SHEET}</Text>;
  const t = finance.totals;
  const money = findings.filter((f) => FINANCE_CODES.includes(f.code));
  const largest = largestShortfalls(finance);
  const figures: [string, number][] = [['Total target', t.target]];
  if (finance.hasForecast) figures.push(['Forecast', t.forecast], ['Shortfall', t.shortfall]);
  figures.push(['At risk (Red, Red/Amber, Amber)', finance.atRisk.target]);
  return (
    // The pane gives this its "Savings" heading and region; a second region here would name it twice.
    <div className={styles.section}>
      <dl className={styles.figures}>
        {figures.map(([label, amount]) => (
          <Figure key={label} label={label} amount={amount} />
        ))}
      </dl>
      <Caption1>
        {t.lines} savings line{t.lines === 1 ? '' : 's'}
        {t.unknown > 0 ? `, ${t.unknown} with no known target (TBC or blank)` : ''}.
      </Caption1>
      {money.length > 0 && (
        <>
          <h3 className={styles.heading}>Finance findings ({money.length})</h3>
          <ul className={styles.list}>
            {money.map((f, i) => (
              <li key={i} className={styles.item}>
                {f.cell && <CellButton cell={f.cell} onSelect={onSelect} />}
                <Text>{f.message}</Text>
              </li>
            ))}
          </ul>
        </>
      )}
      {largest.length > 0 && (
        <>
          <h3 className={styles.heading}>Largest shortfalls</h3>
          <ul className={styles.list}>
            {largest.map((l, i) => (
              <li key={i} className={styles.item}>
                <ShortfallButton line={l} onSelect={onSelect} className={styles.line} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function Figure({ label, amount }: { label: string; amount: number }) {
  const styles = useStyles();
  return (
    <>
      <dt>{label}</dt>
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
