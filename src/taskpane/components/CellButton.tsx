import { Link } from '@fluentui/react-components';

/** A cell reference the user can click (or Tab to and press Enter) to select it in the sheet. */
export function CellButton({ cellRef, label, onSelect }: { cellRef: string; label?: string; onSelect: (ref: string) => void }) {
  const shown = label ?? cellRef.replace(/^.*!/, '');
  return (
    <Link as="button" onClick={() => onSelect(cellRef)} aria-label={`Go to cell ${cellRef}`} title={`Go to ${cellRef}`}>
      {shown}
    </Link>
  );
}
