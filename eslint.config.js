import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  // The hostile fixture pages are a page's own scripts, written as hostile pages write them (innerHTML included).
  {
    ignores: ['dist/**', 'dist-firefox/**', 'build/**', 'node_modules/**', 'test/fixtures/pages/hostile/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Data never reaches the DOM as markup: see ARCHITECTURE.md "Things we do not do".
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build nodes with Preact or textContent, never innerHTML.' },
        { property: 'outerHTML', message: 'Build nodes with Preact or textContent, never outerHTML.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes with Preact or textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML in the UI.' },
      ],
    },
  },
  prettier,
);
