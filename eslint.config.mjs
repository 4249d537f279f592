import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The house's arrows (docs/design.md), one zone per folder: plan imports only itself; report
 * imports plan; the adapters excel (Office.js) and xlsx (files) import plan and report, never
 * each other; addin (the add-in's workflow) imports plan, report and excel; the surfaces taskpane,
 * commands and cli sit on top and never import each other. Folders with one public face (plan,
 * excel, xlsx, addin) are imported only through their index. Inside plan, the stages run in order
 * (core, read, detect, rows, finance, judge, summary, history): a stage imports only earlier
 * stages, and only through their index. tests/lint/zones.test.ts lints forbidden imports.
 */
const FOLDERS = ['plan', 'report', 'excel', 'xlsx', 'addin', 'taskpane', 'commands', 'cli'];
const MAY_IMPORT = {
  plan: [],
  report: ['plan'],
  excel: ['plan', 'report'],
  xlsx: ['plan', 'report'],
  addin: ['plan', 'report', 'excel', 'xlsx'],
  taskpane: ['plan', 'report', 'addin', 'excel'],
  commands: ['plan', 'report', 'addin', 'excel'],
  cli: ['plan', 'report', 'xlsx'],
};
const ONE_FACE = ['plan', 'excel', 'xlsx', 'addin'];
/**
 * Where a folder runs in the pane, a Node adapter is reached only through its browser face: src/addin
 * (bundled into the pane) imports src/xlsx only as xlsx/inBrowser, never its Node face (index).
 */
const BROWSER_FACE = { addin: { xlsx: 'inBrowser' } };
const STAGES = ['core', 'read', 'detect', 'rows', 'finance', 'judge', 'summary', 'history'];
const HOST_AND_NODE = [
  'react',
  'react-dom',
  '@fluentui/*',
  'exceljs',
  'office-*',
  'node:*',
  'fs',
  'path',
];
const PACKAGES = {
  plan: HOST_AND_NODE,
  report: HOST_AND_NODE,
  excel: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path'],
  xlsx: ['react', 'react-dom', '@fluentui/*', 'office-*'],
  addin: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path'],
  taskpane: ['exceljs', 'node:*', 'fs', 'path'],
  commands: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path'],
  cli: ['react', 'react-dom', '@fluentui/*', 'office-*'],
};

/** Relative forms of a folder (or a file inside it) seen from up to three folders down. */
const UP = ['../', '../../', '../../../'];
const under = (folder, rest = '') => [
  `**/${folder}${rest}`,
  ...UP.map((u) => `${u}${folder}${rest}`),
];

/** The browser faces a folder imports instead of an adapter's index: only that face is allowed. */
function browserFacePatterns(folder) {
  return Object.entries(BROWSER_FACE[folder] ?? {}).map(([adapter, face]) => ({
    // Any path to the adapter (its index) or a file in it, other than its browser face.
    regex: `^(\\.\\./)+${adapter}(/(?!${face}$).*)?$`,
    message: `src/${folder} runs in the pane: import src/${adapter} only through ${adapter}/${face}, its browser face (docs/design.md).`,
  }));
}

function folderPatterns(folder) {
  const banned = FOLDERS.filter((f) => f !== folder && !MAY_IMPORT[folder].includes(f));
  const browser = Object.keys(BROWSER_FACE[folder] ?? {});
  const faces = MAY_IMPORT[folder].filter((f) => ONE_FACE.includes(f) && !browser.includes(f));
  return [
    ...browserFacePatterns(folder),
    {
      group: banned.flatMap((f) => [...under(f), ...under(f, '/**')]),
      message: `src/${folder} may import only ${MAY_IMPORT[folder].map((f) => `src/${f}`).join(', ') || 'itself'} (docs/design.md).`,
    },
    ...(faces.length
      ? [
          {
            group: faces.flatMap((f) => under(f, '/*')),
            message: `import ${faces.map((f) => `src/${f}`).join(', ')} through its index, its one public face (docs/design.md).`,
          },
        ]
      : []),
    {
      group: PACKAGES[folder],
      message: `src/${folder} does not use this package (docs/design.md).`,
    },
  ];
}

/** Inside plan: a stage imports earlier stages through their index, never a later stage. */
function stagePatterns(stage) {
  const at = STAGES.indexOf(stage);
  const later = STAGES.slice(at + 1);
  const earlier = STAGES.slice(0, at);
  const patterns = [];
  if (later.length)
    patterns.push({
      group: later.flatMap((s) => [`../${s}`, `../${s}/**`]),
      message: `src/plan/${stage} may import only earlier stages (${earlier.join(', ') || 'none'}): docs/design.md.`,
    });
  if (earlier.length)
    patterns.push({
      group: earlier.map((s) => `../${s}/*`),
      message:
        'import another stage through its index (../stage), not a file inside it (docs/design.md).',
    });
  return patterns;
}

function zone(files, patterns, pure, paths = []) {
  const rules = {
    'no-restricted-imports': ['error', paths.length ? { paths, patterns } : { patterns }],
  };
  // Below the adapters nothing may touch a host, a browser or Node.
  if (pure)
    rules['no-restricted-globals'] = ['error', 'Office', 'Excel', 'document', 'window', 'process'];
  return { files, rules };
}

function importZones() {
  const pure = (f) => f === 'plan' || f === 'report';
  return [
    ...FOLDERS.map((f) => zone([`src/${f}/**/*.{ts,tsx}`], folderPatterns(f), pure(f))),
    ...STAGES.map((s) =>
      zone([`src/plan/${s}/**/*.ts`], [...folderPatterns('plan'), ...stagePatterns(s)], true, [
        { name: '..', message: "a stage never imports the engine's face (docs/design.md)." },
        { name: '../index', message: "a stage never imports the engine's face (docs/design.md)." },
      ])
    ),
  ];
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'build/',
      'coverage/',
      'out/',
      'tests/screenshots/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins, react, 'react-hooks': reactHooks },
    settings: { react: { version: 'detect' } },
    rules: {
      ...officeAddins.configs.recommended.rules,
      ...react.configs.recommended.rules,
      ...reactHooks.configs.recommended.rules,
      'react/react-in-jsx-scope': 'off',
    },
  },
  ...importZones(),
  {
    // Never spread into a call: push(...xs), Math.max(...xs), String.fromCharCode(...xs) put every
    // element on the stack, and a million-row plan overflows it. Loops instead (plan/core/arrays.ts).
    // Passing on a function's own rest parameters (...params, ...args: as many as its signature
    // names) is the one spread allowed.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression > SpreadElement:not([argument.name=/^(params|args)$/]), NewExpression > SpreadElement',
          message:
            'No spread into a call: a large array overflows the stack. Use a loop, pushAll or maxOf/minOf (src/plan/core/arrays.ts).',
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*', 'bench/**/*'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  }
);
