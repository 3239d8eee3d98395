import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { CLASSIC_WORKER, classicWorker } from '../../scripts/lib/vite-classic-worker';

/**
 * A built package as @crxjs/vite-plugin leaves it: a module loader for the worker, the worker's own chunk, a chunk it
 * shares with a page, and the page's chunk.
 */
function builtPackage(background: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'backstory-classic-worker-'));
  mkdirSync(path.join(dir, 'assets'));
  mkdirSync(path.join(dir, 'src/options'), { recursive: true });
  const files: Record<string, string> = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      background,
      content_scripts: [{ js: ['src/content/boot.js'] }],
    }),
    'service-worker-loader.js': "import './assets/index.ts-1.js';",
    'assets/index.ts-1.js':
      "import{t as shared}from'./shared-2.js';globalThis.workerSaid=shared('from the worker');",
    'assets/shared-2.js': 'export function t(x){return `shared ${x}`}',
    'assets/page-3.js': "import{t}from'./shared-2.js';globalThis.pageSaid=t('page');",
    'assets/orphan-4.js': 'globalThis.never=1;',
    'src/options/index.html': '<script type="module" src="/assets/page-3.js"></script>',
    'src/content/boot.js': '(function(){})();',
  };
  mkdirSync(path.join(dir, 'src/content'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

async function runPlugin(dir: string): Promise<void> {
  const hook = classicWorker().writeBundle as Extract<Plugin['writeBundle'], { handler: unknown }>;
  await (hook.handler as (options: { dir: string }) => Promise<void>)({ dir });
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('classicWorker (the background as one classic script)', () => {
  it('bundles the module worker into one script with no imports, which runs as a classic script', async () => {
    const dir = builtPackage({ service_worker: 'service-worker-loader.js', type: 'module' });
    made.push(dir);
    await runPlugin(dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.background).toEqual({ service_worker: CLASSIC_WORKER });
    const script = readFileSync(path.join(dir, CLASSIC_WORKER), 'utf8');
    expect(script).not.toMatch(/\bimport\b|\bexport\b/);
    const context: Record<string, unknown> = {};
    vm.runInNewContext(script, context);
    expect(context['workerSaid']).toBe('shared from the worker');
  });

  it("removes the loader and the worker's own chunk, keeps what a page or content script still loads", async () => {
    const dir = builtPackage({ service_worker: 'service-worker-loader.js', type: 'module' });
    made.push(dir);
    await runPlugin(dir);
    const present = (file: string) => existsSync(path.join(dir, file));
    expect(present('service-worker-loader.js')).toBe(false);
    expect(present('assets/index.ts-1.js')).toBe(false);
    expect(present('assets/orphan-4.js')).toBe(false);
    expect(present('assets/shared-2.js')).toBe(true);
    expect(present('assets/page-3.js')).toBe(true);
    expect(present('src/content/boot.js')).toBe(true);
  });

  it("does the same for Firefox's background scripts", async () => {
    const dir = builtPackage({ scripts: ['service-worker-loader.js'], type: 'module' });
    made.push(dir);
    await runPlugin(dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.background).toEqual({ scripts: [CLASSIC_WORKER] });
  });

  it('says so when the manifest names no background script', async () => {
    const dir = builtPackage({});
    made.push(dir);
    await expect(runPlugin(dir)).rejects.toThrow(/names no background script/);
  });
});
