#!/usr/bin/env node
// The command-line twin of the add-in. Built from src/cli by `npm run build:cli` (run on npm ci).
'use strict';
require('../build/cli/main.js').main(process.argv).then(
  (code) => { process.exitCode = code; },
  (err) => {
    // main() reports its own errors; this is the last guard against a stack trace.
    process.stderr.write(`rag-plan: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
