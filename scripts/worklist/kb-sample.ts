/**
 * `npx tsx scripts/worklist/kb-sample.ts SEED N PARTS OUT_DIR`: draws N entities at random from every bundled pack
 * together (assets/packs/*.json, all entities ordered by pack file and id) for an audit of the whole knowledge base,
 * not of one batch: the same linear congruential generator as the batch audits (curation/*.audit.md), seeded, so the
 * sample can be drawn again. Writes OUT_DIR/part-K.json (K = 1..PARTS, the draws dealt in turn), each a list of
 * { pack, entity } for one auditor, and prints the sample.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [seedArg = '3232', countArg = '100', partsArg = '1', outDir = 'tmp-audit'] = process.argv.slice(2);
const PACKS = 'assets/packs';

interface Drawn {
  pack: string;
  entity: { id: string };
}

const all: Drawn[] = [];
for (const file of readdirSync(PACKS)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const pack = JSON.parse(readFileSync(path.join(PACKS, file), 'utf8')) as { entities: { id: string }[] };
  for (const entity of [...pack.entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)))
    all.push({ pack: file, entity });
}

const count = Number(countArg);
const parts = Number(partsArg);
let state = Number(seedArg);
const picked = new Set<number>();
const order: number[] = [];
while (order.length < Math.min(count, all.length)) {
  state = (state * 1103515245 + 12345) % 2147483648;
  const at = state % all.length;
  if (picked.has(at)) continue;
  picked.add(at);
  order.push(at);
}

mkdirSync(outDir, { recursive: true });
for (let part = 0; part < parts; part++) {
  const drawn = order.filter((_, i) => i % parts === part).map((at) => all[at] as Drawn);
  writeFileSync(path.join(outDir, `part-${part + 1}.json`), `${JSON.stringify(drawn, null, 1)}\n`);
}
console.log(`${all.length} entities; seed ${seedArg}; ${order.length} drawn:`);
console.log(order.map((at) => `${(all[at] as Drawn).pack}:${(all[at] as Drawn).entity.id}`).join(' '));
