import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import { registerCheck } from './check';
import { registerDiff } from './diff';
import { RagPlanFileError, UsageError } from './errors';
import { registerNew } from './newPlan';
import { registerRefresh } from './refresh';
import { registerRollup } from './rollup';
import { registerTidy } from './tidy';

/** The package version, for --version (package.json sits two folders up from src/cli and build/cli). */
function version(): string {
  try {
    return (
      (
        JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
          version?: string;
        }
      ).version ?? 'unknown'
    );
  } catch {
    return 'unknown';
  }
}

/**
 * The rag-plan command. Returns the exit code: 0 done, 1 the plan has error findings (check --strict),
 * 2 the command or the file could not be used. Never lets a stack trace reach the user.
 */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = new Command()
    .name('rag-plan')
    .description(
      'Check RAG-rated council action plans, rebuild their summary sheets, and start new ones.'
    )
    .version(version(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerCheck(program, (c) => (code = c));
  registerRefresh(program);
  registerDiff(program);
  registerNew(program);
  registerTidy(program);
  registerRollup(program, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof RagPlanFileError || e instanceof UsageError) {
      process.stderr.write(`rag-plan: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`rag-plan: unexpected problem: ${(e as Error)?.message ?? String(e)}\n`);
    return 2;
  }
}
