/**
 * The background as one classic script (decision 25). @crxjs/vite-plugin builds it as an ES module: a loader that
 * imports the worker's chunk, which imports six chunks shared with the extension's pages. A stopped worker, woken
 * by an article, fetched and linked that graph before it could answer; as one classic script it starts sooner (see
 * the decision for the figures). After the bundle is written, this bundles the worker's module graph into
 * `background.js` (no imports left, so no `type: module`), points the manifest at it, and removes the loader and the
 * chunks nothing else loads any more.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

/** The classic worker script, at the package's root. */
export const CLASSIC_WORKER = 'background.js';

interface Background {
  service_worker?: string;
  scripts?: string[];
  type?: string;
}

interface BuiltManifest {
  background?: Background;
}

/** The files a built file loads by a relative or root path (static and dynamic imports, script tags). */
function loadedBy(dir: string, file: string): string[] {
  const text = readFileSync(path.join(dir, file), 'utf8');
  const found: string[] = [];
  const pattern = /(?:from|import|src=)\s*\(?\s*["']([^"']+\.js)["']/g;
  for (const [, target] of text.matchAll(pattern)) {
    const resolved = target!.startsWith('/')
      ? target!.slice(1)
      : path.posix.join(path.posix.dirname(file), target!);
    found.push(path.posix.normalize(resolved));
  }
  return found;
}

/** Every .js and .html file under `dir`, relative to it with forward slashes. */
function builtFiles(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const name = path.posix.join(under, entry.name);
    if (entry.isDirectory()) return builtFiles(dir, name);
    return /\.(js|html)$/.test(entry.name) ? [name] : [];
  });
}

/**
 * Removes the .js files under `assets/` that nothing outside it loads (the pages, the content scripts, the classic
 * worker), directly or through other chunks: the chunks only the module worker imported.
 */
function removeUnloadedChunks(dir: string): void {
  const files = builtFiles(dir);
  const roots = files.filter((file) => !file.startsWith('assets/'));
  const reached = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reached.has(file) || !existsSync(path.join(dir, file))) continue;
    reached.add(file);
    queue.push(...loadedBy(dir, file));
  }
  for (const file of files)
    if (file.startsWith('assets/') && file.endsWith('.js') && !reached.has(file))
      rmSync(path.join(dir, file));
}

export function classicWorker(): Plugin {
  return {
    name: 'backstory:classic-worker',
    apply: 'build',
    enforce: 'post',
    // After the bundle is written: the crx plugin writes the loader and settles the manifest last.
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler(options) {
        const dir = options.dir ?? 'dist';
        const manifestFile = path.join(dir, 'manifest.json');
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BuiltManifest;
        const background = manifest.background;
        const loader = background?.service_worker ?? background?.scripts?.[0];
        if (!background || !loader)
          throw new Error('classicWorker: the built manifest names no background script.');
        const bundle = await rolldown({ input: path.join(dir, loader), logLevel: 'warn' });
        try {
          await bundle.write({ file: path.join(dir, CLASSIC_WORKER), format: 'iife', minify: true });
        } finally {
          await bundle.close();
        }
        if (loader !== CLASSIC_WORKER) rmSync(path.join(dir, loader));
        delete background.type;
        if (background.service_worker) background.service_worker = CLASSIC_WORKER;
        if (background.scripts) background.scripts = [CLASSIC_WORKER];
        writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
        removeUnloadedChunks(dir);
      },
    },
  };
}
