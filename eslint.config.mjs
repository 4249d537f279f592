import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * DESIGN.md's arrows, one zone per folder: plan imports only itself; report imports plan; the
 * adapters excel (Office.js) and xlsx (files) import plan and report, never each other; the
 * surfaces taskpane, commands and cli sit on top and never import each other (nor the adapter
 * that is not theirs). tests/lint/zones.test.ts lints a forbidden import from each folder.
 */
const FOLDERS = ['plan', 'report', 'excel', 'xlsx', 'taskpane', 'commands', 'cli'];
const MAY_IMPORT = {
  plan: [],
  report: ['plan'],
  excel: ['plan', 'report'],
  xlsx: ['plan', 'report'],
  taskpane: ['plan', 'report', 'excel'],
  commands: ['plan', 'report', 'excel'],
  cli: ['plan', 'report', 'xlsx'],
};
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
  taskpane: ['exceljs', 'node:*', 'fs', 'path'],
  commands: ['react', 'react-dom', '@fluentui/*', 'exceljs', 'node:*', 'fs', 'path'],
  cli: ['react', 'react-dom', '@fluentui/*', 'office-*'],
};

function importZones() {
  return FOLDERS.map((folder) => {
    const banned = FOLDERS.filter((f) => f !== folder && !MAY_IMPORT[folder].includes(f));
    const group = banned.flatMap((f) => [`**/${f}`, `**/${f}/**`, `../${f}`, `../${f}/**`]);
    const zone = {
      files: [`src/${folder}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group,
                message: `src/${folder} may import only ${MAY_IMPORT[folder].map((f) => `src/${f}`).join(', ') || 'itself'} (DESIGN.md's arrows).`,
              },
              {
                group: PACKAGES[folder],
                message: `src/${folder} does not use this package (DESIGN.md's arrows).`,
              },
            ],
          },
        ],
      },
    };
    // Below the adapters nothing may touch a host, a browser or Node.
    if (folder === 'plan' || folder === 'report')
      zone.rules['no-restricted-globals'] = [
        'error',
        'Office',
        'Excel',
        'document',
        'window',
        'process',
      ];
    return zone;
  });
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
