import { Badge } from '@fluentui/react-components';
import { ragLabel, type Rag } from '../../plan';

/** Word and colour together: RAG is never shown by colour alone. */
const COLOUR: Record<Rag, 'danger' | 'warning' | 'success' | 'brand' | 'severe' | 'informative'> = {
  red: 'danger',
  'red-amber': 'severe',
  amber: 'warning',
  'amber-green': 'warning',
  green: 'success',
  blue: 'brand',
};

/** A RAG badge; `count` adds a number ("Red 3"). role="img" is a role that may carry the label. */
export function RagBadge({ rag, count }: { rag: Rag | null; count?: number }) {
  const word = ragLabel(rag);
  const shown = count === undefined ? word : `${word} ${count}`;
  const label = count === undefined ? `RAG ${word}` : `${word}: ${count}`;
  return (
    <Badge
      appearance={rag ? 'filled' : 'outline'}
      color={rag ? COLOUR[rag] : 'informative'}
      shape="rounded"
      role="img"
      aria-label={label}
    >
      {shown}
    </Badge>
  );
}
