import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { createAnnotator } from '../../../src/core/engine/reference';
import { findAttributions } from '../../../src/core/analysis/attribution';
import { findGaps } from '../../../src/core/analysis/gaps';
import type { Lang } from '../../../src/core/kb/schema';
import { SEED_ARTICLE_TEXT } from '../../fixtures/seed-article';

const { index } = loadAndCompilePacks();
const annotator = createAnnotator(index!);
const typeOf = (id: string) => index!.entities[id]?.type;

function sources(text: string, language: Lang) {
  return findAttributions(text, annotator.annotate(text, { language }), typeOf, language);
}

describe('findAttributions', () => {
  it('lists the seed article’s sources (SOHR, Sana, the agencies) and not the places it is about', () => {
    const found = sources(SEED_ARTICLE_TEXT, 'nl');
    const ids = found.map((a) => a.entityId);
    expect(ids).toEqual(expect.arrayContaining(['sohr', 'sana', 'anp', 'belga']));
    expect(ids).not.toContain('yarmouk');
    expect(ids).not.toContain('islamic-state');
    expect(found.find((a) => a.entityId === 'sohr')!.statements).toBe(3);
  });

  it('reads the cues of English, French and German reports', () => {
    expect(
      sources('The fighting went on, according to the Syrian Observatory for Human Rights.', 'en'),
    ).toEqual([{ entityId: 'sohr', statements: 1 }]);
    expect(
      sources("Les combats continuent, selon l'OSDH, et l'armée avance.", 'fr').map((a) => a.entityId),
    ).toEqual(['sohr']);
    expect(
      sources('Die Kämpfe gehen weiter, berichtete die Nachrichtenagentur SANA am Sonntag.', 'de').map(
        (a) => a.entityId,
      ),
    ).toEqual(['sana']);
  });

  it('does not count a source named without a statement', () => {
    expect(sources('The Syrian Observatory for Human Rights is based in Coventry.', 'en')).toEqual([]);
  });
});

describe('findGaps', () => {
  it('lists name-like words the data does not explain, and nothing it does', () => {
    const text =
      'Volgens Vlaamse Fietsersbond vluchtten inwoners naar Yarmouk, zei Jan Pieters van de vzw KWZ.';
    const gaps = findGaps(text, annotator.annotate(text, { language: 'nl' }));
    expect(gaps).toEqual(expect.arrayContaining(['Vlaamse Fietsersbond', 'Jan Pieters', 'KWZ']));
    expect(gaps).not.toContain('Yarmouk');
    expect(gaps).not.toContain('Volgens');
  });

  it("reads a wire story's dateline as the start of its first sentence", () => {
    const english = 'AMMAN - Tens of thousands have crossed back, said Rami Haddad.';
    expect(findGaps(english, annotator.annotate(english, { language: 'en' }), 'en')).toEqual(['Rami Haddad']);
    const french = "Damas (Levant Presse) – L'envoyé spécial a parlé avec Rami Haddad.";
    expect(findGaps(french, annotator.annotate(french, { language: 'fr' }), 'fr')).toEqual([
      'Levant Presse',
      'Rami Haddad',
    ]);
  });

  it('leaves out bylines and credit lines', () => {
    const text =
      'By Staff Reporter · 19 May 2018 · Updated 7 hours ago\nFighting broke out near the port, said Rami Haddad.\n(Reporting by Lina Saleh; Editing by Tom Green)';
    expect(findGaps(text, annotator.annotate(text, { language: 'en' }), 'en')).toEqual(['Rami Haddad']);
  });

  it('leaves out days and months, and in German the nouns every German sentence capitalises', () => {
    const english = 'Fighting broke out on Thursday, weeks after the March truce, said Rami Haddad.';
    expect(findGaps(english, annotator.annotate(english, { language: 'en' }), 'en')).toEqual(['Rami Haddad']);
    const german =
      'Die Bundesregierung sagte am Freitag weitere Millionen Euro zu. Auch das Rote Kreuz hilft, sagte Anna Berger.';
    const mentions = annotator.annotate(german, { language: 'de' });
    expect(findGaps(german, mentions, 'de')).toEqual(['Rote Kreuz', 'Anna Berger']);
    // Without the language, every capitalised noun looked like a name.
    expect(findGaps(german, mentions)).toEqual(
      expect.arrayContaining(['Bundesregierung', 'Millionen Euro', 'Rote Kreuz', 'Anna Berger']),
    );
  });

  it("leaves out a page's labels: kickers, pagers and live banners", () => {
    const kicker = 'Buitenland\nEen groep strijders verliet het kamp, zei Jan Pieters.\nOudere berichten';
    expect(findGaps(kicker, annotator.annotate(kicker, { language: 'nl' }), 'nl')).toEqual(['Jan Pieters']);
    const section = 'World News\nFighting broke out near the port, said Rami Haddad.\nOlder posts';
    expect(findGaps(section, annotator.annotate(section, { language: 'en' }), 'en')).toEqual(['Rami Haddad']);
    const live = "EN DIRECT Mis à jour en continu\nL'envoyé spécial a parlé avec Rami Haddad.";
    expect(findGaps(live, annotator.annotate(live, { language: 'fr' }), 'fr')).toEqual(['Rami Haddad']);
  });

  it("finds a sentence's start past a page's indentation, and keeps hyphenated names whole", () => {
    const text =
      'The race ended.      Organisers were pleased, said Rami Haddad. Fans of Racing Vieux-Bourg sang.';
    expect(findGaps(text, annotator.annotate(text, { language: 'en' }), 'en')).toEqual([
      'Rami Haddad',
      'Racing Vieux-Bourg',
    ]);
  });

  it('leaves out adjectives written with a capital: Dutch adjectives of peoples, English points of the compass', () => {
    const dutch = 'Koerdische en Arabische strijders namen het dorp in, zei Jan Pieters.';
    expect(findGaps(dutch, annotator.annotate(dutch, { language: 'nl' }), 'nl')).toEqual(['Jan Pieters']);
    const english = 'Two Western diplomats met Rami Haddad.';
    expect(findGaps(english, annotator.annotate(english, { language: 'en' }), 'en')).toEqual(['Rami Haddad']);
  });

  it('leaves out a Title Case headline, where every longer word has a capital, but reads the text below it', () => {
    const text =
      'Gunmen Clash With Security Forces Along the Coast\nFighting broke out near Latakia, said Rami Haddad of the Coastal Relief Network.';
    const gaps = findGaps(text, annotator.annotate(text, { language: 'en' }));
    expect(gaps).toEqual(['Rami Haddad', 'Coastal Relief Network']);
    // A headline in sentence case still has its names listed.
    const plain = 'Fighting near the port, says Rami Haddad\nThe port was calm at dawn.';
    expect(findGaps(plain, annotator.annotate(plain, { language: 'en' }))).toEqual(['Rami Haddad']);
  });
});
