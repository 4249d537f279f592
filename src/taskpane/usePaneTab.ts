/** The tab the pane shows, remembered for the session (closing and reopening the pane keeps it). */
import { useState } from 'react';

export const TABS = ['check', 'summaries', 'savings', 'changes'] as const;
export type PaneTab = (typeof TABS)[number];

const KEY = 'rag-plan-tab';

function saved(): PaneTab {
  try {
    const v = window.sessionStorage.getItem(KEY);
    return (TABS as readonly string[]).includes(v ?? '') ? (v as PaneTab) : 'check';
  } catch {
    // Storage refused (a locked-down webview): the pane still works, it just forgets.
    return 'check';
  }
}

export function usePaneTab(): [PaneTab, (tab: PaneTab) => void] {
  const [tab, setTab] = useState<PaneTab>(saved);
  const choose = (next: PaneTab) => {
    setTab(next);
    try {
      window.sessionStorage.setItem(KEY, next);
    } catch {
      // As above: not remembered, still shown.
    }
  };
  return [tab, choose];
}
