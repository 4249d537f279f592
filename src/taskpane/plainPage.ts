/**
 * A plain page in place of the pane, when the pane cannot run: Office's script did not load, or
 * the page was opened outside Office. A heading and one paragraph saying what to do, announced
 * to screen readers, with no React or Fluent (they may be what failed to arrive).
 */

/* global document, HTMLElement */

export function showPlainPage(root: HTMLElement, title: string, advice: string): void {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.style.cssText =
    'font-family: Segoe UI, system-ui, sans-serif; margin: 20px; line-height: 1.5';
  const h1 = document.createElement('h1');
  h1.style.cssText = 'font-size: 16px; margin: 0 0 8px';
  h1.textContent = title;
  const p = document.createElement('p');
  p.style.margin = '0';
  p.textContent = advice;
  box.append(h1, p);
  root.replaceChildren(box);
}
