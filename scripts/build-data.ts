/**
 * `tsx scripts/build-data.ts [--report]`: validates and compiles assets/packs/*.json into build/data/index.json
 * (entity cards and everything else, JSON) and build/data/index.bin (the matcher's tables, loaded without parsing:
 * see src/core/engine/index-binary.ts).
 * Invalid packs: every error on stderr, exit code 1, nothing written. `--report` adds the coverage report (one JSON
 * object) on stdout, so it can be piped; everything for humans goes to stderr.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatPackErrors } from '../src/core/kb/compile';
import { encodeIndex } from '../src/core/engine/index-binary';
import { packReport } from '../src/core/kb/report';
import type { Pack } from '../src/core/kb/schema';
import { validatePack } from '../src/core/kb/validate';
import { loadAndCompilePacks, readPackInputs } from './lib/packs';

const PACK_DIR = 'assets/packs';
const OUTPUT = 'build/data/index.json';
const BINARY_OUTPUT = 'build/data/index.bin';

function main(args: readonly string[]): number {
  const { index, errors } = loadAndCompilePacks(PACK_DIR);
  if (!index) {
    process.stderr.write(
      `${formatPackErrors(errors)}\n${errors.length} error(s) in ${PACK_DIR}; nothing written.\n`,
    );
    return 1;
  }
  mkdirSync(dirname(OUTPUT), { recursive: true });
  const json = JSON.stringify(index);
  writeFileSync(OUTPUT, json);
  const binary = encodeIndex(index);
  writeFileSync(BINARY_OUTPUT, binary);
  const entities = Object.keys(index.entities).length;
  const summary = `${index.packs.length} pack(s), ${entities} entities, ${index.aliases.length} names`;
  process.stderr.write(
    `build-data: ${summary} → ${OUTPUT} (${Math.round(json.length / 1024)} kB), ${BINARY_OUTPUT} (${Math.round(binary.length / 1024)} kB)\n`,
  );
  if (args.includes('--report')) {
    // The packs are valid at this point (the index compiled), so validating again cannot fail.
    const packs = readPackInputs(PACK_DIR).inputs.map(
      ({ file, data }) => validatePack(file, data).pack as Pack,
    );
    process.stdout.write(`${JSON.stringify(packReport(packs), null, 2)}\n`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
