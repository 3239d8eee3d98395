import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { rolldown } from 'rolldown';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { polyfillAsModule } from '../../scripts/lib/vite-polyfill-module';
import { compileHints } from '../../scripts/lib/vite-compile-hints';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function scratch(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'backstory-build-plugins-'));
  made.push(dir);
  return dir;
}

/** `import browser from 'webextension-polyfill'` bundled as the build bundles it, with or without the plugin. */
async function bundledImport(withPlugin: boolean): Promise<string> {
  const dir = scratch();
  const entry = path.join(dir, 'entry.js');
  // By its path: the entry is outside the project, where no node_modules is found.
  const polyfill = path.resolve('node_modules/webextension-polyfill/dist/browser-polyfill.js');
  writeFileSync(entry, `import browser from ${JSON.stringify(polyfill)};\nglobalThis.imported = browser;\n`);
  const bundle = await rolldown({
    input: entry,
    cwd: process.cwd(),
    logLevel: 'silent',
    plugins: withPlugin ? [polyfillAsModule() as never] : [],
  });
  try {
    const { output } = await bundle.generate({ format: 'iife' });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

const APIS = ['runtime', 'storage', 'tabs', 'windows', 'action', 'permissions'];

/**
 * Runs `script` where the browser has a `browser` object of its own, and records which APIs were built: as in
 * Chromium, where an API's bindings are made when it is first read, its value or its property descriptor.
 */
function runWithNativeBrowser(script: string): { imported: unknown; native: object; built: Set<string> } {
  const built = new Set<string>();
  const native = new Proxy(Object.fromEntries(APIS.map((api) => [api, { id: 'extension-id' }])), {
    get(target, key) {
      built.add(String(key));
      return target[key as string];
    },
    getOwnPropertyDescriptor(target, key) {
      built.add(String(key));
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  const context: Record<string, unknown> = { chrome: { runtime: { id: 'extension-id' } }, browser: native };
  vm.runInNewContext(script, context);
  return { imported: context['imported'], native, built };
}

describe('polyfillAsModule (webextension-polyfill as an ES module)', () => {
  it("takes the browser's own object as it is, building none of its APIs but the one the polyfill checks", async () => {
    const { imported, native, built } = runWithNativeBrowser(await bundledImport(true));
    expect(imported).toBe(native);
    expect(built).toEqual(new Set(['runtime']));
  });

  it('is needed: imported as CommonJS, the interop copy builds every API', async () => {
    const { built } = runWithNativeBrowser(await bundledImport(false));
    for (const api of APIS) expect(built).toContain(api);
  });
});

describe('compileHints', () => {
  it('puts the hint first in the named scripts once, and leaves the others and missing ones alone', () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'a.js'), '(function(){})();');
    writeFileSync(path.join(dir, 'b.js'), '(function(){})();');
    const hook = compileHints(['a.js', 'missing.js']).writeBundle as Extract<
      Plugin['writeBundle'],
      { handler: unknown }
    >;
    const run = () => (hook.handler as (options: { dir: string }) => void)({ dir });
    run();
    run();
    expect(readFileSync(path.join(dir, 'a.js'), 'utf8')).toBe(
      '//# allFunctionsCalledOnLoad\n(function(){})();',
    );
    expect(readFileSync(path.join(dir, 'b.js'), 'utf8')).toBe('(function(){})();');
  });
});
