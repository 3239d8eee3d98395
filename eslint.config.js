import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * src/core's layers (issue #19), bottom first: a group imports only from the groups before it. text: normalising,
 * folding and splitting words, language guesses; kb: the pack data model (schema, compile, validate, render, card
 * and stub stores); scan: the name tables and the article scan (and its WebAssembly); resolve: which entity a name
 * means; analysis: what the content script and the CLI derive from the mentions; engine: the annotator assembled,
 * and the binary index that needs the scan's tables and the resolver's cue keys. geo stands beside the pipeline:
 * it reads text and kb only, and only engine may import it.
 */
const CORE_LAYERS = ['text', 'kb', 'scan', 'resolve', 'analysis', 'engine'];
const GEO_BELOW = ['text', 'kb'];

/** A relative import that reaches into one of `folders` (any depth: '../scan/match', '../../core/scan'). */
const into = (folders) => `^\\.{1,2}/(?:.*/)?(?:${folders.join('|')})(?:/|$)`;

/**
 * The reference engine in JavaScript alone (engine/reference.ts, scan/reference.ts): what the tests compare the
 * WebAssembly engine with, and what the CLI's fixtures and the benchmarks may use. No file in src/ takes more than
 * its types, so the extension has one engine at runtime (issue #19).
 */
const REFERENCE = {
  regex: '^\\.{1,2}/(?:.*/)?(?:core/)?(?:engine|scan)/reference$|^\\./reference$',
  allowTypeImports: true,
  message:
    'The JavaScript-only matcher is the tests’ reference: the extension annotates with a binary index walked in WebAssembly (engine/from-bytes.ts, engine/overlay.ts).',
};

/** What no core file imports: the extension's own layers and the browser and UI libraries. */
const CORE_OUTSIDE = [
  REFERENCE,
  {
    regex: into(['content', 'background', 'platform', 'ui', 'sidepanel', 'popup', 'options']),
    message:
      'src/core is shared by the extension, the CLI and the benches: it never imports the extension layers.',
  },
  {
    regex: '^(?:preact|@preact/[^/]+|webextension-polyfill)(?:/|$)',
    message: 'src/core runs in Node too: no Preact, no webextension-polyfill.',
  },
];

function coreGroup(group, below) {
  const above = [...CORE_LAYERS, 'geo'].filter((other) => other !== group && !below.includes(other));
  return {
    files: [`src/core/${group}/**`],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...CORE_OUTSIDE,
            ...(above.length === 0
              ? []
              : [
                  {
                    regex: into(above),
                    message: `src/core/${group} may import only from ${below.join(', ') || 'no other core group'} (layers: ${CORE_LAYERS.join(' → ')}; geo beside, on text and kb).`,
                  },
                ]),
          ],
        },
      ],
    },
  };
}

/**
 * The runtime imports the content script still makes from src/core; #19 moves them to the background. Every other
 * core module is types only to the content script, and a new runtime import fails here.
 */
const CONTENT_CORE_RUNTIME = [
  'text/language', // guessLanguage, languageFromTag (article.ts)
  'geo', // countryCode, fitBounds (session.ts, popover/Popover.tsx)
  'resolve/relink', // termKey (session.ts: a "Not this" choice replaces an earlier one for the same words)
];

export default tseslint.config(
  // The hostile fixture pages are a page's own scripts, written as hostile pages write them (innerHTML included).
  {
    ignores: [
      'dist/**',
      'dist-firefox/**',
      'dist-fallback/**',
      'dist-firefox-fallback/**',
      'build/**',
      'node_modules/**',
      'test/fixtures/pages/hostile/**',
    ],
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
  // The extension's layers: no reference engine (REFERENCE). src/core's and src/content's blocks below repeat it.
  {
    files: ['src/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [REFERENCE] }] },
  },
  // src/core's boundaries; see CORE_LAYERS above. Every core file, then each group (a later block replaces the rule).
  {
    files: ['src/core/**'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: CORE_OUTSIDE }] },
  },
  ...CORE_LAYERS.map((group, k) =>
    coreGroup(group, CORE_LAYERS.slice(0, k).concat(group === 'engine' ? ['geo'] : [])),
  ),
  coreGroup('geo', GEO_BELOW),
  {
    files: ['src/content/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            REFERENCE,
            {
              regex: `^\\.{1,2}/(?:.*/)?core/(?!(?:${CONTENT_CORE_RUNTIME.join('|')})$)`,
              allowTypeImports: true,
              message:
                'The content script takes only types from src/core: the work runs in the background (#19). Import with `import type`, or ask the background.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
