/**
 * Each of our sheets' fixed A1 title: how a reader tells our sheets from a user's. Apart from the
 * sheets' layouts so that the readers (the pane's first load among them) need not carry the layouts.
 */
import type { OwnedKey } from './sheetSpec';

export const SUMMARY_TITLE = 'RAG Plan summary';
export const OVERDUE_TITLE = 'RAG Plan: overdue and due soon';
export const QUALITY_TITLE = 'RAG Plan: data quality';
export const SAVINGS_TITLE = 'RAG Plan: savings';
export const HISTORY_TITLE = 'RAG Plan history';

export const SHEET_TITLES: Record<OwnedKey, string> = {
  summary: SUMMARY_TITLE,
  overdue: OVERDUE_TITLE,
  quality: QUALITY_TITLE,
  savings: SAVINGS_TITLE,
  history: HISTORY_TITLE,
};
