import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { readdirSync } from 'node:fs'
import tseslint from 'typescript-eslint'

/**
 * Boundaries. Each process imports only what runs where it runs, and each renderer feature only
 * its own files plus the shared ones (screens that need two features compose them in routes/).
 * One `no-restricted-imports` list per group of files: ESLint keeps only the last list that
 * applies to a file, so every block below states all the rules for its files.
 */
const NOT_IN_WINDOW = [
  {
    regex: '(^|/)(main|preload)(/|$)',
    message: 'The window cannot import main or the preload: call main through useChannel.',
  },
  {
    regex: '^(electron|better-sqlite3|node:.*)$',
    message: 'The window has no Node or Electron: call main through useChannel.',
  },
]
const SHARED_ONLY = [
  {
    regex: '(^|/)(main|preload|renderer)(/|$)|^@renderer',
    message: 'src/shared is imported by every process and imports none of them.',
  },
  {
    regex: '^(electron|better-sqlite3|node:.*)$',
    message: 'src/shared runs in every process: no Node or Electron modules.',
  },
]
const NOT_FEATURES = {
  regex: '^@renderer/(features|routes)(/|$)',
  message: 'Shared code cannot depend on a feature or a route.',
}
const FEATURES = readdirSync(new URL('src/renderer/src/features', import.meta.url))

function restrict(patterns) {
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] }
}

/** A feature's files: no other feature, and no climbing out of the feature by relative path. */
function featureBlocks(feature) {
  const other = {
    regex: `^@renderer/features/(?!${feature}(/|$))`,
    message: `The ${feature} feature cannot import another feature: compose them in routes/, or move what both need to components/ or lib/.`,
  }
  const climb = (depth) => ({
    regex: `^(\\.\\./){${depth},}`,
    message: 'Leave the feature by its alias (@renderer/…, @shared/…), not by ../',
  })
  const dir = `src/renderer/src/features/${feature}`
  return [1, 2, 3].map((depth) => ({
    files: [`${dir}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    // Tests may reach the shared test helpers in the top-level testing/.
    ignores: ['**/*.test.{ts,tsx}'],
    rules: restrict([...NOT_IN_WINDOW, other, climb(depth)]),
  }))
}

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'build/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, ...restrict(NOT_IN_WINDOW) },
  },
  {
    files: ['src/renderer/src/{components,lib}/**/*.{ts,tsx}'],
    rules: restrict([...NOT_IN_WINDOW, NOT_FEATURES]),
  },
  ...FEATURES.flatMap(featureBlocks),
  {
    files: ['src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(SHARED_ONLY),
  },
  {
    // The sandboxed preload can require only electron: everything else is bundled into it.
    files: ['src/preload/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      {
        regex: '^(?!electron$|\\./|\\.\\./shared/contract/channels$)',
        message: 'The preload imports only electron, its own files and contract/channels.',
        // Types are erased from the bundle: api.ts may name the contract's types.
        allowTypeImports: true,
      },
    ]),
  },
  {
    files: ['src/main/**/*.ts'],
    rules: restrict([
      { regex: '(^|/)renderer(/|$)|^@renderer', message: 'Main cannot import the window.' },
    ]),
  },
  // db/ is main's lowest layer: what it needs from above (the pre-migration snapshot, the
  // backups' say on an emptied file) the journal session passes in.
  ...[1, 2].map((depth) => ({
    files: [`src/main/db/${'*/'.repeat(depth - 1)}*.ts`],
    ignores: ['**/*.test.ts'],
    rules: restrict([
      { regex: '(^|/)renderer(/|$)|^@renderer', message: 'Main cannot import the window.' },
      {
        regex: `^(\\.\\./){${depth}}(?!error-code$|\\.\\./shared/)`,
        message: 'db/ imports only shared/ and error-code from above it: pass the rest in.',
      },
    ]),
  })),
  {
    files: [
      'src/main/**/*.ts',
      'src/preload/**/*.ts',
      'testing/**/*.ts',
      'e2e/**/*.ts',
      'scripts/**/*',
      '*.ts',
      '*.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
)
