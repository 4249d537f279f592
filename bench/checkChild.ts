/**
 * One `rag-plan` run in this process, for the big-file figures: runs the built CLI's main with the
 * arguments given, counts (and discards) what it prints, and prints one JSON line with the exit
 * code, wall time, peak memory (resident set) and the first line of any error.
 * Usage: node checkChild.js BUILD_CLI_MAIN ARGS...
 */
async function main(): Promise<void> {
  const [cliMain, ...args] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  let printed = 0;
  let error = '';
  const out = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed += chunk.length;
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    if (!error) error = String(chunk).split('\n')[0];
    return true;
  }) as typeof process.stderr.write;
  const { main: ragPlan } = require(cliMain) as { main: (argv: string[]) => Promise<number> };
  const code = await ragPlan(['node', 'rag-plan', ...args]);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  out(
    `${JSON.stringify({ code, ms, maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024), printedChars: printed, error })}\n`
  );
}

void main();
