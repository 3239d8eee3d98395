/**
 * One config, two browsers: `vite build` makes the Chromium build in dist/, `vite build --mode firefox` the
 * Firefox one in dist-firefox/. The Firefox manifest is derived from manifest.json in code (firefoxManifest),
 * never kept as a second hand-edited file. The modes `fallback` and `firefox-fallback` make the end-to-end tests'
 * builds for a browser without the Highlight API (dist-fallback/, dist-firefox-fallback/): the one module that asks
 * the browser is replaced by the tests' stand-in, so the shipped build carries no switch for it.
 */
import path from 'node:path';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/lib/firefox-manifest';
import { bundledData } from './scripts/lib/vite-bundled-data';
import { withoutWebAccessible } from './scripts/lib/vite-no-web-accessible';
import { classicWorker } from './scripts/lib/vite-classic-worker';
import { polyfillAsModule } from './scripts/lib/vite-polyfill-module';
import { compileHints } from './scripts/lib/vite-compile-hints';

/** The scripts that V8 compiles whole as they load (scripts/lib/vite-compile-hints.ts). */
const HINTED_SCRIPTS = (
  process.env.BACKSTORY_HINTS ?? 'src/content/boot.js,src/content/main.js,background.js'
).split(',');

export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox' || mode === 'firefox-fallback';
  const withoutHighlightApi = mode === 'fallback' || mode === 'firefox-fallback';
  const manifest = (firefox ? firefoxManifest(baseManifest) : baseManifest) as ManifestV3Export;
  return {
    publicDir: 'assets/static',
    build: {
      outDir: `${firefox ? 'dist-firefox' : 'dist'}${withoutHighlightApi ? '-fallback' : ''}`,
      emptyOutDir: true,
      target: 'es2022',
      // Minified: a woken service worker compiles its scripts before it can answer, and the article script is
      // injected into every article page: minified they are half the size (decision 20). Stores that
      // review the code get the sources with the submission.
      minify: true,
      sourcemap: false,
      // crxjs builds the pages the manifest names for Chromium; Firefox's sidebar_action is not one it knows,
      // so the side panel page is named as an input here, and so is the glossary, which no manifest key names.
      rollupOptions: {
        input: {
          ...(firefox ? { sidepanel: baseManifest.side_panel.default_path } : {}),
          glossary: 'src/glossary/index.html',
        },
      },
    },
    ...(withoutHighlightApi && {
      resolve: {
        alias: [
          {
            find: /^\.\/highlight-support$/,
            replacement: path.resolve('test/e2e/builds/without-highlight-api.ts'),
          },
        ],
      },
    }),
    plugins: [
      polyfillAsModule(),
      preact(),
      crx({
        manifest,
        browser: firefox ? 'firefox' : 'chrome',
        // Self-contained content scripts need no loader and so no web-accessible resources that pages could use
        // to detect the extension: the boot script on every page, the article script injected where it finds one.
        contentScripts: { standaloneFiles: ['src/content/boot.ts', 'src/content/main.ts'] },
      }),
      withoutWebAccessible(['src/content/main.js']),
      classicWorker(),
      compileHints(HINTED_SCRIPTS),
      bundledData(),
    ],
  };
});
