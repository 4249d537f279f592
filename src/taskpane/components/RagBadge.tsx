import { Badge } from '@fluentui/react-components';
import { NO_RAG_LABEL, ragLabel, type Rag } from '../../plan';

/** Word and colour together: RAG is never shown by colour alone. */
const COLOUR: Record<Rag, 'danger' | 'warning' | 'success' | 'brand' | 'severe' | 'informative'> = {
  red: 'danger',
  'red-amber': 'severe',
  amber: 'warning',
  'amber-green': 'warning',
  green: 'success',
  blue: 'brand',
};

export function ragWord(rag: Rag | null): string {
  return rag ? ragLabel(rag) : NO_RAG_LABEL;
}

export function RagBadge({ rag }: { rag: Rag | null }) {
  if (!rag) {
    return (
      <Badge appearance="outline" color="informative" shape="rounded">
        {NO_RAG_LABEL}
      </Badge>
    );
  }
  const word = ragLabel(rag);
  return (
    <Badge appearance="filled" color={COLOUR[rag]} shape="rounded" aria-label={`RAG ${word}`}>
      {word}
    </Badge>
  );
}
