/**
 * webview-check.js runs before the bundle, in ES3, so Internet Explorer and old Edge show a plain
 * message instead of a blank pane. Its words are the message table's (one home for each message),
 * and it stays parseable by an ES3/ES5 engine: no arrow functions, let/const, classes or templates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAY } from '../../src/report/messages';

const script = readFileSync(
  join(__dirname, '..', '..', 'src', 'taskpane', 'webview-check.js'),
  'utf8'
);
const code = script.replace(/\/\*[\s\S]*?\*\//g, '');

test('says what the message table says', () => {
  expect(script).toContain(SAY.oldWebviewTitle);
  expect(script).toContain(SAY.oldWebview);
});

test('uses nothing an old webview cannot parse', () => {
  expect(code).not.toMatch(/=>|\blet\b|\bconst\b|\bclass\b|`|\.\.\./);
});

test('is loaded before any other script on the pane page', () => {
  const page = readFileSync(
    join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'),
    'utf8'
  );
  const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  expect(scripts[0]).toBe('webview-check.js');
});
