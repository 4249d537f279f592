import { Badge } from '@fluentui/react-components';
import type { Rag } from '../../plan';

/** Word and colour together: RAG is never shown by colour alone. */
const LOOK: Record<Rag, { word: string; color: 'danger' | 'warning' | 'success' | 'brand' | 'severe' | 'informative' }> = {
  red: { word: 'Red', color: 'danger' },
  'red-amber': { word: 'Red/Amber', color: 'severe' },
  amber: { word: 'Amber', color: 'warning' },
  'amber-green': { word: 'Amber/Green', color: 'warning' },
  green: { word: 'Green', color: 'success' },
  blue: { word: 'Blue', color: 'brand' },
};

export function ragWord(rag: Rag | null): string {
  return rag ? LOOK[rag].word : 'No RAG';
}

/** A RAG badge; `count` adds a number ("Red 3"). role="img" is a role that may carry the label. */
export function RagBadge({ rag, count }: { rag: Rag | null; count?: number }) {
  const word = ragWord(rag);
  const shown = count === undefined ? word : `${word} ${count}`;
  const label = count === undefined ? `RAG ${word}` : `${word}: ${count}`;
  return (
    <Badge
      appearance={rag ? 'filled' : 'outline'}
      color={rag ? LOOK[rag].color : 'informative'}
      shape="rounded"
      role="img"
      aria-label={label}
    >
      {shown}
    </Badge>
  );
}
