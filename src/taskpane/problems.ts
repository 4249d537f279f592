/**
 * Turns anything thrown by the adapter or the workflow into plain words for a message bar.
 * Duck-typed on `kind` (the adapter's ExcelProblem, the workflow's own errors) so that an error
 * from any layer, or a bare string, still becomes a message and is never swallowed.
 */

export type ProblemIntent = 'error' | 'warning' | 'info';

export interface ProblemMessage {
  intent: ProblemIntent;
  title: string;
  body: string;
}

const BY_KIND: Record<string, Omit<ProblemMessage, 'body'> & { advice: string }> = {
  'cell-edit': {
    intent: 'warning',
    title: 'A cell is being edited',
    advice: 'Press Enter or Esc to finish editing the cell, then try again.',
  },
  protected: {
    intent: 'error',
    title: 'The sheet is protected',
    advice: 'Unprotect the sheet or workbook (Review > Unprotect), or ask its owner to, then try again.',
  },
  'too-large': {
    intent: 'error',
    title: 'The plan is too large',
    advice: 'Excel refused a request this big. Split the plan into smaller tables, or use the desktop version of Excel.',
  },
  unsupported: {
    intent: 'error',
    title: 'This version of Excel is not supported',
    advice: 'RAG Plan needs Excel 2019, Microsoft 365 or Excel on the web. Update Excel and try again.',
  },
  cancelled: { intent: 'info', title: 'Cancelled', advice: 'Nothing more was written.' },
  'no-plan': { intent: 'warning', title: 'No plan on this sheet', advice: '' },
};

export function describeProblem(error: unknown): ProblemMessage {
  const kind = kindOf(error);
  const detail = messageOf(error);
  const known = kind ? BY_KIND[kind] : undefined;
  if (known) {
    const body = [detail && kind !== 'cancelled' ? detail : '', known.advice].filter(Boolean).join(' ');
    return { intent: known.intent, title: known.title, body };
  }
  return {
    intent: 'error',
    title: 'Something went wrong',
    body: `${detail || 'Excel reported an error without a message.'} Try again; if it happens again, close and reopen the RAG Plan pane.`,
  };
}

function kindOf(error: unknown): string | null {
  if (error && typeof error === 'object' && 'kind' in error && typeof error.kind === 'string') return error.kind;
  if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
  return null;
}

function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof Error) return error.message;
  return '';
}
