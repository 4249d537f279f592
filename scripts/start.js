#!/usr/bin/env node
// `npm start`: serves the add-in on https://localhost:3000 and, where desktop Excel exists,
// sideloads it.
//
// Sideloading into desktop Excel (Windows, macOS) uses office-addin-debugging through npx. It is
// deliberately not a dependency: it pulls in keytar, a native module that does not build on Linux
// (where there is no desktop Excel to sideload into anyway), and would break `npm install` there.
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const manifest = path.join(root, 'manifest.xml');
const windows = process.platform === 'win32';

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: windows });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return child;
}

if (windows || process.platform === 'darwin') {
  // Starts the dev server (unless port 3000 already answers), registers the manifest and opens Excel.
  run('npx', [
    '--yes',
    'office-addin-debugging',
    'start',
    manifest,
    'desktop',
    '--app',
    'excel',
    '--dev-server',
    'npm run dev-server',
    '--dev-server-port',
    '3000',
  ]);
} else {
  console.log(`
RAG Plan dev server: https://localhost:3000/taskpane.html
There is no desktop Excel on ${process.platform}; sideload into Excel on the web instead:
  1. Open a workbook in Excel on the web (office.com).
  2. Home > Add-ins > More Add-ins > My Add-ins > Upload My Add-in.
  3. Choose ${manifest} and Upload. "RAG Plan" appears on the Home tab.
If this machine does not trust the dev certificate yet, the dev server says below how to trust it.
`);
  run('npx', ['webpack', 'serve', '--mode', 'development']);
}
