#!/usr/bin/env node
// The end-to-end tests drive Debian's chromium through playwright-core (playwright's own browser
// download needs network access to a CDN, and the tests must never reach beyond localhost).
// Install it with apt when it is missing; say plainly what to do when we are not allowed to.
const { existsSync } = require('node:fs');
const { execSync } = require('node:child_process');

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  process.exit(0);
}
if (process.platform !== 'linux') {
  console.error(`ensure-chromium: ${CHROMIUM} not found; the e2e tests expect Debian's chromium on Linux.`);
  process.exit(1);
}
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  console.error(`ensure-chromium: ${CHROMIUM} is missing and installing it needs root. Run: sudo apt-get update && sudo apt-get install -y chromium`);
  process.exit(1);
}
console.log('ensure-chromium: installing chromium with apt-get (first run only)...');
try {
  execSync('apt-get update && apt-get install -y chromium', {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} catch {
  console.error('ensure-chromium: apt-get could not install chromium; see the output above.');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`ensure-chromium: apt-get finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
