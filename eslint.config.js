// The linter: ESLint's and typescript-eslint's recommended rules, and eslint-plugin-astro's for
// the views; browser globals for the code that runs in the reader's browser (src/scripts/).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // theme-init.js is minified by hand: every byte runs before first paint.
  { ignores: ['dist/', 'dist.tmp-*/', 'bench-out/', '.astro/', 'node_modules/', 'tests/fixtures/', 'public/theme-init.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a value destructured away on purpose.
      // Chinese text spaces with U+3000 on purpose; in code it would still be caught.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['src/scripts/**/*.ts', 'public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
  // Tests read parsed JSON and XML of the exports, whose shape is what they check.
  { files: ['**/*.test.ts', 'tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
