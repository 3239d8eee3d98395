/**
 * @crxjs/vite-plugin lists a script imported with `?script` as web-accessible, for a loader that imports it from
 * the page. The article script is injected with scripting.executeScript({ files }), which needs no such entry, and
 * a web-accessible file lets any page tell that the extension is installed (by fetching it). This removes the
 * entries of the scripts named from the built manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

interface WebAccessible {
  resources: string[];
}

export function withoutWebAccessible(scripts: readonly string[]): Plugin {
  return {
    name: 'backstory:without-web-accessible',
    enforce: 'post',
    // After the bundle is written: the crx plugin settles the manifest last.
    writeBundle(options) {
      const file = path.join(options.dir ?? 'dist', 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
        web_accessible_resources?: WebAccessible[];
      };
      const kept = (manifest.web_accessible_resources ?? [])
        .map((entry) => ({ ...entry, resources: entry.resources.filter((name) => !scripts.includes(name)) }))
        .filter((entry) => entry.resources.length > 0);
      if (kept.length > 0) manifest.web_accessible_resources = kept;
      else delete manifest.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
