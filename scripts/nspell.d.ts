/** nspell ships no types; the generators use its constructor only (scripts/generate/lib/city-ambiguity.ts). */
declare module 'nspell' {
  interface Dictionary {
    aff: Buffer | string;
    dic?: Buffer | string;
  }
  interface NSpell {
    correct(word: string): boolean;
  }
  export default function nspell(dictionary: Dictionary): NSpell;
}
