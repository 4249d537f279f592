/** The built command run as a user runs it (node bin/rag-plan.js ...), for the tests of new and tidy. */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const root = join(__dirname, '..', '..');

export function ragPlan(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'rag-plan.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    // The test's own environment (jest gives each test file a copy), so RAG_PLAN_NOW reaches the command.
    env: process.env,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The command runs from build/, made by `npm run build:cli`: made afresh before the tests. */
export function buildCli(): void {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.cli.json'],
    { cwd: root }
  );
}
