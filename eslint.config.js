// ESLint: type-aware TypeScript rules, import boundaries between layers, no import cycles.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';

/** Import arrows of DESIGN.md §2: web → contracts → domain; server → contracts, db, domain; db → domain. */
function boundaries(files, forbidden, message) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: forbidden.map((group) => ({ group: [group], message })) },
      ],
    },
  };
}

/** What only src/db may import: the database drivers, Drizzle and the table definitions. */
const DATABASE_INTERNALS = [
  'drizzle-orm*',
  'pg',
  'pg/*',
  '@electric-sql/*',
  '**/db/schema',
  '**/db/schema/*',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'scratch/',
      'coverage/',
      'test-results/',
      'playwright-report/',
      'src/db/migrations/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/ignore': ['node_modules'] },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'import-x/no-cycle': ['error', { maxDepth: 10, ignoreExternal: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { process: 'readonly', console: 'readonly' },
    },
  },
  boundaries(
    ['src/domain/**'],
    [
      '**/server/**',
      '**/db/**',
      '**/web/**',
      '**/cli/**',
      '**/contracts/**',
      'node:*',
      'fastify*',
      'drizzle-orm*',
      'react*',
      'pg',
      '@electric-sql/*',
    ],
    'src/domain is pure: it imports nothing but itself (and small pure libraries such as zod).',
  ),
  boundaries(
    ['src/contracts/**'],
    ['**/server/**', '**/db/**', '**/web/**', '**/cli/**', 'node:*', 'fastify*', 'drizzle-orm*'],
    'src/contracts may import only src/domain and zod.',
  ),
  boundaries(
    ['src/db/**'],
    ['**/server/**', '**/web/**', '**/cli/**', '**/contracts/**', 'fastify*', 'react*'],
    'src/db may import only src/domain.',
  ),
  boundaries(
    ['src/web/**'],
    ['**/server/**', '**/db/**', '**/cli/**', 'node:*', 'fastify*', 'drizzle-orm*', 'pg'],
    'src/web may import only src/contracts and src/domain.',
  ),
  // One rule per folder: ESLint keeps only the last `no-restricted-imports` that applies to a file.
  boundaries(
    ['src/server/**'],
    ['**/web/**', '**/cli/**', ...DATABASE_INTERNALS],
    'src/server must not import the web app or the CLI, and only src/db talks to the database: call a repository of src/db/repositories, which returns plain types.',
  ),
  boundaries(
    ['src/cli/**'],
    [...DATABASE_INTERNALS],
    'Only src/db talks to the database: call a repository of src/db/repositories, which returns plain types.',
  ),
  prettier,
);
