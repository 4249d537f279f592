#!/usr/bin/env node
// The tests need two of Debian's programs: chromium, which the end-to-end tests drive through
// playwright-core (playwright's own browser download needs a CDN, and the tests must never reach
// beyond localhost), and LibreOffice's soffice, which opens every refreshed workbook and saves
// fixtures the way another spreadsheet program writes them. Install what is missing with apt;
// say plainly what to do when we are not allowed to.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');

const TOOLS = [
  { name: 'chromium', path: '/usr/bin/chromium', packages: ['chromium'] },
  { name: 'LibreOffice', path: '/usr/bin/soffice', packages: ['libreoffice-calc-nogui'] },
];

const missing = TOOLS.filter((t) => !existsSync(t.path));
if (missing.length === 0) process.exit(0);
const packages = missing.flatMap((t) => t.packages).join(' ');
if (process.platform !== 'linux') {
  console.error(
    `ensure-tools: ${missing.map((t) => t.path).join(', ')} not found; the tests expect Debian's ${packages} on Linux.`
  );
  process.exit(1);
}
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(
    `ensure-tools: ${missing.map((t) => t.name).join(' and ')} missing, and installing needs root. Run: sudo apt-get update && sudo apt-get install -y ${packages}`
  );
  process.exit(1);
}
console.log(`ensure-tools: installing ${packages} with apt-get (first run only)...`);
try {
  execSync(`apt-get update && apt-get install -y --no-install-recommends ${packages}`, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch {
  console.error('ensure-tools: apt-get could not install them; see the output above.');
  process.exit(1);
}
const still = missing.filter((t) => !existsSync(t.path));
if (still.length > 0) {
  console.error(
    `ensure-tools: apt-get finished but ${still.map((t) => t.path).join(', ')} is still missing.`
  );
  process.exit(1);
}
