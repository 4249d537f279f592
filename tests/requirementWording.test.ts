/**
 * Where RAG Plan runs, said one way everywhere: the message table's words (RUNS_IN, the Excel
 * versions Microsoft lists for SharedRuntime 1.1, which the manifest requires) in the messages,
 * the support page, the old-webview page, the README and the manifest's comment; and no page
 * promising a version Office will not load the add-in in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEMS, RUNS_IN, SAY } from '../src/report/messages';

const root = join(__dirname, '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
/** Text as a reader sees it: HTML tags and line breaks (and a comment's indentation) as spaces. */
const plain = (text: string) => text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

test('names the SharedRuntime 1.1 hosts as Microsoft lists them', () => {
  // Microsoft 365 Version 2002, Excel 2021 (and Excel 2024, which has SharedRuntime 1.2), Mac 16.35, the web.
  expect(RUNS_IN).toBe(
    'Excel in Microsoft 365 (Version 2002 or later), Excel 2021 or later, Excel for Mac 16.35 or later, or Excel on the web'
  );
  expect(read('manifest.xml')).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
});

test.each([
  ['the "not supported" message', PROBLEMS.unsupported.advice],
  ['the old-webview message', SAY.oldWebview],
  ['the page shown outside Office', SAY.outsideOffice],
  ['src/taskpane/support.html', plain(read('src/taskpane/support.html'))],
  ['src/taskpane/webview-check.js', read('src/taskpane/webview-check.js')],
  ['README.md', plain(read('README.md'))],
  ['manifest.xml', plain(read('manifest.xml'))],
])('%s says it in those words', (_where, text) => {
  expect(text).toContain(RUNS_IN);
});

test.each(['src/taskpane/support.html', 'src/taskpane/webview-check.js', 'README.md'])(
  '%s promises no Excel 2016 or 2019',
  (file) => {
    expect(plain(read(file))).not.toMatch(/Excel 201[69]/);
  }
);
