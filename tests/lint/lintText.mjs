/* global process */
// Lints snippets as if they were files at the given paths, with the project's ESLint config, in
// one process (ESLint's flat config is ESM, which jest cannot load). Input and output are JSON.
import { ESLint } from 'eslint';

const cases = JSON.parse(process.argv[2]);
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: c.file });
  out.push({ file: c.file, rules: result.messages.map((m) => m.ruleId) });
}
process.stdout.write(JSON.stringify(out));
