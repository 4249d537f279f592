/*
 * Runs before the pane's bundle, written in ES3 so that Internet Explorer and the old Edge
 * (EdgeHTML) webviews can run it. Office uses Internet Explorer's for an add-in with a shared
 * runtime wherever Windows or Office is too old for Edge WebView2. Those webviews cannot run the
 * pane; as Microsoft recommends, the user gets a plain message instead of a blank pane. The
 * message text is also in src/report/messages.ts (SAY.oldWebviewTitle, SAY.oldWebview).
 */
/* global window, document */
(function () {
  var ua = window.navigator.userAgent;
  if (ua.indexOf('Trident') === -1 && ua.indexOf('Edge/') === -1) return;
  window.__ragPlanOldWebview = true;
  function show() {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML =
      '<div role="alert" style="font-family: Segoe UI, sans-serif; margin: 20px; line-height: 1.5">' +
      '<h1 style="font-size: 16px; margin: 0 0 8px">This version of Office cannot run RAG Plan</h1>' +
      '<p style="margin: 0">RAG Plan needs Excel in Microsoft 365 (Version 2002 or later), Excel 2021 or later, Excel for Mac 16.35 or later, or Excel on the web. Update Office, or open the workbook in Excel on the web. Your workbook has not been changed.</p>' +
      '</div>';
  }
  if (document.readyState !== 'loading') show();
  else if (document.addEventListener) document.addEventListener('DOMContentLoaded', show);
  else
    document.attachEvent('onreadystatechange', function () {
      if (document.readyState !== 'loading') show();
    });
})();
