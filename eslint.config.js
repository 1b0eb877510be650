// Flat config. Errors only (`--max-warnings=0`); every rule below says why it is here.
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The folder says where code runs; these rules prove it (see ../shared/DESIGN.md, Layers). */
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        // Bare module names are matched exactly: as patterns, `util` would also forbid `../util/x`.
        paths: patterns
          .flat()
          .filter((name) => bareNodeBuiltins.includes(name))
          .map((name) => ({ name, message })),
        patterns: patterns
          .map((group) => group.filter((name) => !bareNodeBuiltins.includes(name)))
          .map((group) => ({ group, message })),
      },
    ],
  },
});
const bareNodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
  'url',
  'util',
  'stream',
];
const nodeBuiltins = ['node:*', ...bareNodeBuiltins];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'bin/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  ...tseslint.configs.strict,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `import type` keeps type-only imports out of bundles and makes layers visible.
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Non-null assertions are allowed where an index was just checked; reviews catch the rest.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': ['error', { allow: ['error', 'log'] }],
    },
  },
  layer(
    ['shared/**/*.ts'],
    [
      [
        '**/electron/**',
        '**/renderer/**',
        'electron',
        'react',
        'react-dom',
        'zod/*',
        ...nodeBuiltins,
      ],
    ],
    'shared/ is pure: no Node, no DOM, no Electron, no React.',
  ),
  layer(
    ['electron/services/**/*.ts', 'electron/host/**/*.ts', 'electron/cli/**/*.ts'],
    [['electron', '**/main/*', '**/renderer/**']],
    "Services never import 'electron' nor the main process: they run in the browser build and the CLI too.",
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    [['**/electron/**', 'electron', ...nodeBuiltins]],
    'The renderer reaches the Node side only through renderer/api.',
  ),
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every visible string goes through the catalogs (shared/i18n): no raw words in JSX.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-zÀ-ÿ]/]',
          message: 'Texte visible en dur : passez par t() et les catalogues.',
        },
        {
          selector: 'JSXAttribute[name.name=/^(aria-label|placeholder|title|alt)$/] > Literal',
          message: 'Texte visible en dur : passez par t() et les catalogues.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off', 'no-console': 'off' },
  },
);
