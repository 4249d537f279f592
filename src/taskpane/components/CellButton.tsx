import { Link, makeStyles } from '@fluentui/react-components';
import { a1, cellRef, type SheetCell } from '../../plan';

// A reference never breaks over two lines, and keeps its width beside long messages.
const useStyles = makeStyles({ ref: { whiteSpace: 'nowrap', flexShrink: 0 } });

/**
 * A cell the user can click (or Tab to and press Enter) to select it in the sheet; it shows the
 * cell's address ("E7") unless given a label. `describedBy` names the element holding what the
 * cell is about (a finding's message), so a screen reader says it with the button.
 */
export function CellButton({
  cell,
  label,
  describedBy,
  onSelect,
}: {
  cell: SheetCell;
  label?: string;
  describedBy?: string;
  onSelect: (cell: SheetCell) => void;
}) {
  const styles = useStyles();
  const ref = cellRef(cell);
  return (
    <Link
      as="button"
      className={styles.ref}
      onClick={() => onSelect(cell)}
      aria-label={`Go to cell ${ref}`}
      aria-describedby={describedBy}
      title={`Go to ${ref}`}
    >
      {label ?? a1(cell.row, cell.col)}
    </Link>
  );
}
