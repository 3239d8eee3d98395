/** A name found in the article text and the entity it was linked to. Offsets are UTF-16 code units of the text. */
export interface Mention {
  start: number;
  end: number;
  /** The text as it stands in the article, text.slice(start, end). */
  text: string;
  entityId: string;
  /** A demonym or adjective form (Syrische) rather than the name itself. */
  demonym: boolean;
  /** Why this was linked, for the popover's "Why highlighted?". */
  why: MentionReason;
  /**
   * Other entities the same words could mean (the matcher found their names on this very span and the resolver
   * chose `entityId` over them), so a reader can say "not this one, that one". Absent when there were none.
   */
  alternatives?: string[];
  /** The reader relinked these words to `entityId` ("Not this" → "Did you mean"); see relink.ts. */
  chosen?: boolean;
}

export interface MentionReason {
  /** The alias as listed in the pack that matched. */
  alias: string;
  /**
   * name: an unambiguous name; acronym: a case-sensitive form matched as written;
   * context: an ambiguous form confirmed by cue words or related entities nearby;
   * coreference: a short form of a name the article uses in full (before it, or below the headline that has it);
   * definition: a form the article itself defined, e.g. "… Mensenrechten (SOHR)";
   * variant: another transliteration of a listed name (Jarmuk for Yarmouk, Deir al-Sor for Deir ez-Zor), found
   * through transliteration keys, or a country's code in a results list, the first letters of its name (Spa for
   * Spanje: country-codes.ts).
   */
  rule: 'name' | 'acronym' | 'context' | 'coreference' | 'definition' | 'variant';
  /**
   * What supported a context, coreference or definition link: the full name, a cue word, a related entity as
   * written, the article's date (YYYY-MM-DD), or the long form an acronym was defined by.
   */
  evidence?: string;
  /**
   * For a context link, what its evidence is: a cue word nearby, a related entity named in the article, the date, a
   * name of the same list that is of the same kind, the evidence that settled the same name elsewhere in the
   * article, or cues the article writes away from the name (what it is about).
   */
  basis?: 'cue' | 'related' | 'date' | 'list' | 'discourse' | 'topic';
  /**
   * An ending the mention carries past the name (German genitive or Dutch possessive "s": Syriens, Assads). The
   * mention covers the whole word as written.
   */
  suffix?: string;
}
