/**
 * The CLI as a user runs it: a real process, real files, stdout/stderr and the exit code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ARTICLE_FILE, SEED_ARTICLE_TEXT } from '../fixtures/seed-article';

const FIXTURE = 'test/fixtures/pages/seed-nl-2018-05-21.html';

function annotate(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/annotate.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonMention {
  start: number;
  end: number;
  text: string;
  entity: { id: string; qid: string | null; label: string; type: string };
}

describe('npm run annotate', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'backstory-cli-'));
  const textFile = SEED_ARTICLE_FILE;

  it(
    'prints one JSON object per file with offsets that slice the annotated text',
    { timeout: 60_000 },
    () => {
      const { code, stdout, stderr } = annotate('--json', textFile, FIXTURE);
      expect(stderr).not.toMatch(/annotate:/);
      expect(code).toBe(0);
      const lines = stdout.trim().split('\n');
      expect(lines).toHaveLength(2);
      const [text, html] = lines.map(
        (line) => JSON.parse(line) as { file: string; language: string; mentions: JsonMention[] },
      );
      expect(text!.file).toBe(textFile);
      expect(text!.language).toBe('nl');
      for (const mention of text!.mentions) {
        expect(SEED_ARTICLE_TEXT.slice(mention.start, mention.end)).toBe(mention.text);
      }
      const sohr = text!.mentions.find((m) => m.text === 'SOHR')!;
      expect(sohr.entity).toEqual({
        id: 'sohr',
        qid: null,
        label: 'Syrian Observatory for Human Rights',
        type: 'organisation',
      });
      // The HTML page: the same article found by detection, nothing from its navigation, aside or comments.
      expect(html!.file).toBe(FIXTURE);
      expect(html!.language).toBe('nl');
      const ids = (mentions: JsonMention[]) => [...new Set(mentions.map((m) => m.entity.id))].sort();
      expect(ids(html!.mentions)).toEqual(ids(text!.mentions));
    },
  );

  it(
    "reads a page's publication date: in a 1999 archive page, president Assad is Hafez",
    { timeout: 60_000 },
    () => {
      const page = 'test/fixtures/namesakes/nl-1999-03-12-archief-assad.html';
      const { code, stdout } = annotate('--json', page);
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as { published: string | null; mentions: JsonMention[] };
      expect(result.published).toBe('1999-03-12');
      const assad = result.mentions.filter((m) => m.text === 'Assad').map((m) => m.entity.id);
      expect(assad.length).toBeGreaterThan(0);
      expect(new Set(assad)).toEqual(new Set(['hafez-al-assad']));
    },
  );

  it('names a missing file and an unreadable page on stderr and exits non-zero', { timeout: 60_000 }, () => {
    const binary = path.join(dir, 'garbage.html');
    writeFileSync(binary, Buffer.from([0, 159, 146, 150, 0, 1]));
    const missing = path.join(dir, 'nope.txt');
    const { code, stdout, stderr } = annotate(missing, binary);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${missing}: no such file`);
    expect(stderr).toContain(`${binary}: not an HTML document`);
  });

  it('explains its usage when given no file', { timeout: 60_000 }, () => {
    const { code, stderr } = annotate('--json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage: npm run annotate/);
  });
});
