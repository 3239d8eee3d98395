/**
 * The entities' stubs in the binary index, as bytes read one entity at a time (decision 16). A stub is what resolving
 * and painting a name need of its entity before its card is read: its type, its pack, its names, the entities it is related to
 * (in both directions, joined at build time, so no pass over every entity is needed to find who lists it) and the
 * periods of its dated statements. A woken background decodes only the stubs of the names an article holds: at
 * 100,000 entities, parsing every stub as JSON took 0.45 s of each wake.
 *
 * Each record also holds the entity's cue words (context-cues.ts's keys), which only a name that needs context reads:
 * at 100,000 entities, parsing every entity's cues at each wake took longer than the first answer's scan.
 *
 * Layout: one record per entity number (the sorted entity ids of the index), `offsets[n]` to `offsets[n + 1]` in
 * `bytes`: varint cue count then each cue as length-prefixed UTF-8; then, for an entity with a card: u8 type, varint pack, varint label count then per distinct label a byte of the languages it is the label in
 * (bit k: LANGUAGES[k]) and its length-prefixed UTF-8, varint related count then the related entity numbers as ascending deltas, varint
 * fact count then per fact varint property, start and end as length-prefixed ASCII (length 0: none), varint class count
 * then each class as its number in `classes`; then, for a place with a population, that population as a varint (the
 * record ends there otherwise). Varints are little-endian base 128.
 */
import { ByteReader, ByteWriter } from './front-coding';
import type { CardFact, EntityCard } from './index-format';
import { ENTITY_TYPES, LANGUAGES, type EntityType, type Lang } from './schema';
import { PROPERTY_IDS, type PropertyId } from './vocabulary';

/** What a background that has read only index.bin knows of an entity (see the file comment). */
export interface EntityStub {
  type: EntityType;
  packId: string;
  labels: Partial<Record<Lang, string>>;
  /** Related entities, both directions. */
  related: string[];
  /** The statements with a start: their property and period only (lines: {}); their lines come with the card. */
  facts: CardFact[];
  /** A place's population, where its pack states one. */
  population?: number;
  /** The classes it is an instance of, where it has any. */
  classes?: string[];
}

export interface StubParts {
  offsets: Uint32Array;
  bytes: Uint8Array;
  /** The pack ids the records' pack numbers point at. */
  packs: readonly string[];
  /** The class ids the records' class numbers point at. */
  classes: readonly string[];
}

/** The front-coded texts' byte writer, with the two string forms a stub record holds. */
class Writer extends ByteWriter {
  /** Length-prefixed UTF-8. */
  utf8(text: string): void {
    const encoded = UTF8.encode(text);
    this.varint(encoded.length);
    this.reserve(encoded.length);
    this.bytes.set(encoded, this.length);
    this.length += encoded.length;
  }

  /** Length-prefixed ASCII (dates); length 0 stands for none. */
  ascii(text: string | undefined): void {
    const value = text ?? '';
    this.varint(value.length);
    this.reserve(value.length);
    for (let k = 0; k < value.length; k++) this.bytes[this.length++] = value.charCodeAt(k) & 0x7f;
  }
}

const UTF8 = new TextEncoder();
const UTF8_DECODER = new TextDecoder();
const TYPE_NUMBER = new Map<string, number>(ENTITY_TYPES.map((type, k) => [type, k]));
const PROPERTY_NUMBER = new Map<string, number>(PROPERTY_IDS.map((property, k) => [property, k]));

/**
 * The stubs of `entities`, one record per id of `entityIds` (sorted, as the index numbers them). An id without a card
 * (the bench's names-only indexes) gets an empty record; a related id outside `entityIds` is left out.
 */
export function encodeStubs(
  entityIds: readonly string[],
  entities: Readonly<
    Record<
      string,
      Pick<EntityCard, 'type' | 'packId' | 'labels' | 'related' | 'facts' | 'population' | 'classes'>
    >
  >,
  cueKeys: Readonly<Record<string, readonly string[]>> = {},
): StubParts {
  const numberOf = new Map(entityIds.map((id, k) => [id, k]));
  const related = entityIds.map(() => new Set<number>());
  entityIds.forEach((id, k) => {
    for (const other of entities[id]?.related ?? []) {
      const n = numberOf.get(other);
      if (n === undefined || n === k) continue;
      related[k]!.add(n);
      related[n]!.add(k);
    }
  });
  const packs: string[] = [];
  const packNumber = new Map<string, number>();
  const classes: string[] = [];
  const classNumber = new Map<string, number>();
  const out = new Writer();
  const offsets = new Uint32Array(entityIds.length + 1);
  entityIds.forEach((id, k) => {
    offsets[k] = out.length;
    const cues = cueKeys[id] ?? [];
    const card = entities[id];
    if (!card && cues.length === 0) return;
    out.varint(cues.length);
    for (const cue of cues) out.utf8(cue);
    if (!card) return;
    let pack = packNumber.get(card.packId);
    if (pack === undefined) {
      pack = packs.push(card.packId) - 1;
      packNumber.set(card.packId, pack);
    }
    out.varint(TYPE_NUMBER.get(card.type) ?? 0);
    out.varint(pack);
    const languagesOf = new Map<string, number>();
    LANGUAGES.forEach((lang, bit) => {
      const label = card.labels[lang];
      if (label !== undefined) languagesOf.set(label, (languagesOf.get(label) ?? 0) | (1 << bit));
    });
    out.varint(languagesOf.size);
    for (const [label, mask] of languagesOf) {
      out.varint(mask);
      out.utf8(label);
    }
    const numbers = [...related[k]!].sort((a, b) => a - b);
    out.varint(numbers.length);
    let previous = 0;
    for (const n of numbers) {
      out.varint(n - previous);
      previous = n;
    }
    const dated = card.facts.filter((fact) => fact.start !== undefined);
    out.varint(dated.length);
    for (const fact of dated) {
      out.varint(PROPERTY_NUMBER.get(fact.property) ?? 0);
      out.ascii(fact.start);
      out.ascii(fact.end);
    }
    out.varint(card.classes?.length ?? 0);
    for (const id of card.classes ?? []) {
      let number = classNumber.get(id);
      if (number === undefined) {
        number = classes.push(id) - 1;
        classNumber.set(id, number);
      }
      out.varint(number);
    }
    if (card.population !== undefined) out.varint(Math.round(card.population));
  });
  offsets[entityIds.length] = out.length;
  return { offsets, bytes: out.bytes.slice(0, out.length), packs, classes };
}

/**
 * What one record holds, decoded in two steps: its cues first (the only part a name that needs context asks for,
 * for every entity it may mean), its stub when asked for (decoding one turns every related entity's number into its
 * id, which for the cues alone was most of a woken worker's annotating time, decision 27).
 */
interface StubRecord {
  cues: readonly string[];
  /** Where the card's part of the record starts, while its stub is not decoded yet. */
  cardAt: number;
  /** The stub, once decoded; null for an entity without a card (known from the cues' end). */
  stub?: EntityStub | null;
}

/** Reads one record's fields in order. */
class RecordCursor extends ByteReader {
  constructor(bytes: Uint8Array, at: number, end: number) {
    super(bytes, at, end, 'damaged entity stub in the Backstory index');
  }

  get done(): boolean {
    return this.at >= this.end;
  }

  /** Length-prefixed UTF-8. */
  utf8(): string {
    return UTF8_DECODER.decode(this.take(this.varint()));
  }

  /** Length-prefixed ASCII; length 0 stands for none. */
  ascii(): string | undefined {
    const length = this.varint();
    const text = String.fromCharCode(...this.take(length));
    return length === 0 ? undefined : text;
  }

  private take(length: number): Uint8Array {
    if (this.at + length > this.end) throw new Error('damaged entity stub in the Backstory index');
    const taken = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return taken;
  }
}

const EMPTY: StubRecord = { stub: null, cues: [], cardAt: -1 };

/**
 * Records this close together in the bytes are read in one piece: in a woken worker, reads of a blob kept in
 * IndexedDB are served one after another, and each costs about what 100 KB of its bytes cost (decision 26).
 */
const READ_GAP = 96 * 1024;

/** Reads `start` to `end` of the stub bytes from where the index is kept (deferBytes). */
export type StubBytesReader = (start: number, end: number) => Promise<Uint8Array>;

/**
 * Stubs read by entity number, decoded on first use and kept (bounded: a background lives for many articles). An
 * index read without its stub bytes (engine/index-binary.ts's readIndexLazily) reads the records of the names an
 * article holds first (ensure), the rest later (ensureAll).
 */
export class StubStore {
  private readonly made = new Map<number, StubRecord>();
  private static readonly LIMIT = 8192;
  /** Per entity number, 1 while its record's bytes are not read yet; null when every record is there. */
  private unread: Uint8Array | null = null;
  private reader: StubBytesReader | null = null;
  /** Records asked for before they were read (answered as having no stub): a lazy read that missed a name. */
  misses = 0;

  constructor(
    private readonly parts: StubParts,
    /** The id of entity number `n`. */
    private readonly idAt: (n: number) => string,
  ) {}

  get count(): number {
    return this.parts.offsets.length - 1;
  }

  /** Whether some records are still to be read (ensure). */
  get deferred(): boolean {
    return this.unread !== null;
  }

  /** Whether the record of entity number `n` is here (not waiting for ensure()). */
  isRead(n: number): boolean {
    return this.unread?.[n] !== 1;
  }

  /** Marks every record as not read yet: `reader` reads them, as ensure() asks, into this store's bytes. */
  deferBytes(reader: StubBytesReader): void {
    this.unread = new Uint8Array(this.count).fill(1);
    this.reader = reader;
    this.made.clear();
  }

  /** Reads the records of the entities numbered `numbers` that are not read yet, nearby ones in one read. */
  async ensure(numbers: Iterable<number>): Promise<void> {
    const unread = this.unread;
    const reader = this.reader;
    if (!unread || !reader) return;
    const wanted = [...new Set(numbers)].filter((n) => n >= 0 && n < this.count && unread[n] === 1);
    wanted.sort((a, b) => a - b);
    const { offsets } = this.parts;
    const reads: { start: number; end: number; numbers: number[] }[] = [];
    for (const n of wanted) {
      const start = offsets[n] as number;
      const end = offsets[n + 1] as number;
      const last = reads[reads.length - 1];
      if (last && start - last.end <= READ_GAP) {
        last.end = Math.max(last.end, end);
        last.numbers.push(n);
      } else reads.push({ start, end, numbers: [n] });
    }
    await Promise.all(
      reads.map(async ({ start, end, numbers: read }) => {
        if (end > start) {
          const bytes = await reader(start, end);
          if (bytes.length !== end - start) throw new Error('truncated Backstory index (entity stubs)');
          // The store's view now: a WebAssembly memory that grew meanwhile gave it a new one.
          this.parts.bytes.set(bytes, start);
        }
        for (const n of read) unread[n] = 0;
      }),
    );
  }

  /** Reads every record not read yet, in one piece (for a pass over every entity). */
  async ensureAll(): Promise<void> {
    const unread = this.unread;
    const reader = this.reader;
    if (!unread || !reader) return;
    const end = this.parts.offsets[this.count] as number;
    const bytes = await reader(0, end);
    if (bytes.length !== end) throw new Error('truncated Backstory index (entity stubs)');
    this.parts.bytes.set(bytes, 0);
    this.unread = null;
    this.reader = null;
  }

  /** The stub of entity number `n`, or null where the index has no card for it. */
  get(n: number): EntityStub | null {
    const record = this.record(n);
    if (record.stub === undefined) record.stub = this.decodeCard(n, record.cardAt);
    return record.stub;
  }

  /** The cue keys of entity number `n` (context-cues.ts), each its key words joined by spaces. */
  cuesOf(n: number): readonly string[] {
    return this.record(n).cues;
  }

  private record(n: number): StubRecord {
    const known = this.made.get(n);
    if (known !== undefined) return known;
    if (this.unread?.[n] === 1) {
      this.misses++;
      return EMPTY;
    }
    const record = this.decodeCues(n);
    if (this.made.size >= StubStore.LIMIT) this.made.clear();
    this.made.set(n, record);
    return record;
  }

  private cursor(n: number, from?: number): RecordCursor | null {
    const { offsets, bytes } = this.parts;
    if (n < 0 || n + 1 >= offsets.length) return null;
    const end = offsets[n + 1] as number;
    const at = from ?? (offsets[n] as number);
    return at === end ? null : new RecordCursor(bytes, at, end);
  }

  private decodeCues(n: number): StubRecord {
    const read = this.cursor(n);
    if (!read) return EMPTY;
    const cues: string[] = [];
    for (let k = read.varint(); k > 0; k--) cues.push(read.utf8());
    return read.done ? { cues, cardAt: -1, stub: null } : { cues, cardAt: read.at };
  }

  private decodeCard(n: number, cardAt: number): EntityStub | null {
    const read = this.cursor(n, cardAt);
    if (!read) return null;
    const { packs, classes: classIds } = this.parts;
    const type = ENTITY_TYPES[read.varint()] ?? 'concept';
    const packId = packs[read.varint()] ?? '';
    const labels: Partial<Record<Lang, string>> = {};
    for (let k = read.varint(); k > 0; k--) {
      const mask = read.varint();
      const label = read.utf8();
      LANGUAGES.forEach((lang, bit) => {
        if (mask & (1 << bit)) labels[lang] = label;
      });
    }
    const related: string[] = [];
    let number = 0;
    for (let k = read.varint(); k > 0; k--) {
      number += read.varint();
      related.push(this.idAt(number));
    }
    const facts: CardFact[] = [];
    for (let k = read.varint(); k > 0; k--) {
      const property = (PROPERTY_IDS[read.varint()] ?? 'note') as PropertyId;
      const start = read.ascii();
      const finish = read.ascii();
      facts.push(
        finish === undefined ? { property, start, lines: {} } : { property, start, end: finish, lines: {} },
      );
    }
    const classes: string[] = [];
    for (let k = read.varint(); k > 0; k--) classes.push(classIds[read.varint()] ?? '');
    const stub: EntityStub = { type, packId, labels, related, facts };
    if (classes.length > 0) stub.classes = classes;
    if (!read.done) stub.population = read.varint();
    return stub;
  }
}

/** A card made from a stub alone, to be completed in place when the whole card comes. */
export function cardFromStub(
  id: string,
  { type, packId, labels, related, facts, population, classes }: EntityStub,
): EntityCard {
  return {
    id,
    qid: null,
    type,
    packId,
    labels,
    related,
    facts,
    ...(population !== undefined && { population }),
    ...(classes !== undefined && { classes }),
    descriptions: {},
    summaries: {},
    sources: [],
    reviewed: '',
  };
}
