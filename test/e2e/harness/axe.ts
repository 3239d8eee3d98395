/**
 * axe-core on a page, for both drivers: the library's source is evaluated through the automation protocol,
 * which the extension pages' CSP (script-src 'self') does not apply to, unlike an added <script> tag.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Evaluator } from './reader';

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/** Every violation as "rule-id: selector, selector"; an empty list is a pass. */
export async function axeViolations(page: Evaluator): Promise<string[]> {
  await page.evaluate(await readFile(AXE, 'utf8'));
  return (await page.evaluate(
    `axe.run(document).then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  )) as string[];
}
