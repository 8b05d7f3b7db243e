import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Imports flow one way: core ← workers, core ← state ← ui ← app.
const forbid = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map(([dirs, message]) => ({
        group: dirs.flatMap((d) => [`**/${d}/*`, `**/${d}/**`]),
        message,
      })),
    },
  ],
})

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/core/**'],
    rules: {
      ...forbid([
        ['workers', 'state', 'ui', 'app'],
        'src/core is pure: it imports nothing from workers, state, ui or app.',
      ]),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  { files: ['src/workers/**'], rules: forbid([['state', 'ui', 'app'], 'Workers import only from src/core.']) },
  { files: ['src/state/**'], rules: forbid([['workers', 'ui', 'app'], 'State imports only from src/core.']) },
  { files: ['src/ui/**'], rules: forbid([['app'], 'UI does not import the app entry points.']) },
)
