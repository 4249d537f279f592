import { createRoot } from 'react-dom/client';
import * as excel from '../excel';
import { App } from './App';
import { isDark, officeThemeNow, themeFor } from './theme';

/* global document, Office, window */

// Office.js must be ready before any Excel call; outside Office (a plain browser) onReady still
// resolves, and the adapter then reports the host as unsupported in a message bar.
void Office.onReady(() => {
  const container = document.getElementById('root');
  // webview-check.js has already put a plain message there for a webview too old for the pane.
  if (!container || (window as unknown as { __ragPlanOldWebview?: boolean }).__ragPlanOldWebview)
    return;
  const office = officeThemeNow();
  // Native controls (the date picker) follow the theme too.
  document.documentElement.style.colorScheme = isDark(office) ? 'dark' : 'light';
  createRoot(container).render(<App excel={excel} theme={themeFor(office)} />);
});
