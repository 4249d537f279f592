import { createRoot } from 'react-dom/client';
import * as excel from '../excel';
import { SAY } from '../report/messages';
import { App } from './App';
import { showPlainPage } from './plainPage';
import { isDark, officeThemeNow, themeFor } from './theme';

/* global document, Office, window */

const root = document.getElementById('root');
// webview-check.js has already put a plain message there for a webview too old for the pane.
const oldWebview = (window as unknown as { __ragPlanOldWebview?: boolean }).__ragPlanOldWebview;

if (root && !oldWebview) {
  if (typeof Office === 'undefined') {
    // office.js did not load (no network to its server, or blocked): say so, not a blank pane.
    showPlainPage(root, SAY.noOfficeTitle, SAY.noOffice);
  } else {
    // Office.js must be ready before any Excel call; outside Office it reports no host.
    void Office.onReady((info) => {
      if (!info.host) {
        showPlainPage(root, SAY.outsideOfficeTitle, SAY.outsideOffice);
        return;
      }
      const office = officeThemeNow();
      // Native controls (the date picker) follow the theme too.
      document.documentElement.style.colorScheme = isDark(office) ? 'dark' : 'light';
      createRoot(root).render(<App excel={excel} theme={themeFor(office)} />);
    });
  }
}
