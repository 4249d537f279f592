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

export function RagBadge({ rag }: { rag: Rag | null }) {
  if (!rag) {
    return (
      <Badge appearance="outline" color="informative" shape="rounded">
        No RAG
      </Badge>
    );
  }
  const look = LOOK[rag];
  return (
    <Badge appearance="filled" color={look.color} shape="rounded" aria-label={`RAG ${look.word}`}>
      {look.word}
    </Badge>
  );
}
