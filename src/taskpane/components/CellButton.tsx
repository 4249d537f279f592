import { Link, makeStyles } from '@fluentui/react-components';

// A reference never breaks over two lines, and keeps its width beside long messages.
const useStyles = makeStyles({ ref: { whiteSpace: 'nowrap', flexShrink: 0 } });

/**
 * A cell reference the user can click (or Tab to and press Enter) to select it in the sheet.
 * `describedBy` names the element holding what the cell is about (a finding's message), so a
 * screen reader says it with the button.
 */
export function CellButton({
  cellRef,
  label,
  describedBy,
  onSelect,
}: {
  cellRef: string;
  label?: string;
  describedBy?: string;
  onSelect: (ref: string) => void;
}) {
  const styles = useStyles();
  const shown = label ?? cellRef.replace(/^.*!/, '');
  return (
    <Link
      as="button"
      className={styles.ref}
      onClick={() => onSelect(cellRef)}
      aria-label={`Go to cell ${cellRef}`}
      aria-describedby={describedBy}
      title={`Go to ${cellRef}`}
    >
      {shown}
    </Link>
  );
}
