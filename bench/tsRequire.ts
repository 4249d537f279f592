/**
 * Loads TypeScript modules from their source location (so their __dirname is the real one), by
 * transpiling them on require with the project's typescript. Used for the e2e tests' support
 * modules, which find dist/ and their host entry relative to themselves.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';

type Loader = (module: { _compile(code: string, file: string): void }, filename: string) => void;

let installed = false;

export function requireTs<T>(file: string): T {
  if (!installed) {
    const extensions = require.extensions as unknown as Record<string, Loader>;
    extensions['.ts'] = (module, filename) => {
      const out = ts.transpileModule(readFileSync(filename, 'utf8'), {
        fileName: filename,
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2020,
          esModuleInterop: true,
          jsx: ts.JsxEmit.ReactJSX,
        },
      });
      module._compile(out.outputText, filename);
    };
    installed = true;
  }
  return require(file) as T;
}
