/**
 * webextension-polyfill as an ES module whose export is used as it is. Imported as the CommonJS module it ships as,
 * the bundler's interop copies every property of its export onto a namespace object, reading each one's descriptor;
 * where the browser has a `browser` object of its own (Firefox; Chromium 156 too), the export is that object, and the
 * browser builds each API's binding on its first read: the copy built all of them, about 6 ms at every start of a
 * woken service worker (decision 27). Wrapped here, the module is ESM and its default export is the polyfill's.
 */
import type { Plugin } from 'vite';

const POLYFILL = /[\\/]node_modules[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/;

export function polyfillAsModule(): Plugin {
  return {
    name: 'backstory-polyfill-as-module',
    enforce: 'pre',
    transform(code, id) {
      if (!POLYFILL.test(id.split('?')[0]!)) return null;
      // The polyfill's UMD header calls its factory with `module` where `exports` is defined.
      return {
        code: `var module = { exports: {} }, exports = module.exports;\n${code}\nexport default module.exports;\n`,
        map: null,
      };
    },
  };
}
