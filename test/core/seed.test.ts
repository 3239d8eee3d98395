/**
 * The seed article annotated with the real bundled packs: the end-to-end check that the data and the matcher
 * together find every entity of the article, and nothing where the article only uses an ordinary word.
 */
import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../scripts/lib/packs';
import { createAnnotator } from '../../src/core/annotate';

/** /work/shared/seed/article-nl-2018-05-21.txt, inlined so the test does not depend on files outside the repo. */
const ARTICLE = `IS-strijders verlaten bolwerk bij Damascus, Syrische leger zegt hoofdstad volledig te controleren IVI SI

21 mei 2018

17u14

Bron: ANP, Belga 8 Een groep strijders van Islamitische Staat is zondagochtend geëvacueerd uit het laatste opstandige bolwerk bij de Syrische hoofdstad Damascus. Het Syrisch Observatorium voor de Mensenrechten meldt vandaag dat die evacuatie nu voltooid is. Daardoor heeft het Syrische leger voor het eerst sinds 2012 de hoofdstad Damascus en haar omgeving volledig onder controle.

Er werden zondag en vandaag volgens de vanuit Groot-Brittannië opererende organisatie zowat 1.600 IS-strijders en burgers geëvacueerd, aan boord van 32 bussen. Ze zouden zijn vervoerd naar de woestijn in het oosten van het land.

De evacuatieoperatie startte in de nacht van zaterdag op zondag, minder dan 24 uur nadat het regime en de terreurorganisatie IS (Islamitische Staat) een akkoord hadden bereikt over een staakt-het-vuren.

De regering heeft niet bevestigd dat er een akkoord was over een evacuatie, maar een militaire bron zei aan het officiële agentschap Sana dat er vrouwen en kinderen werden geëvacueerd, en dat intussen de militaire operaties hervat zijn.

Wapenstilstand

De eerste evacuaties komen er volgens het SOHR na de inwerkingtreding van een wapenstilstand tussen het regime van Bashar al-Assad en IS zaterdag. Assad heeft de voorbije maand een groot offensief georganiseerd tegen het laatste IS-bastion in de hoofdstad. Het SOHR spreekt van evacuaties van IS-strijders uit de wijken Yarmouk en Tadamoun.

De Syrische staatsmedia van hun kant ontkennen dat er evacuaties zijn gebeurd vanuit een andere wijk, met name Hajar al-Aswad, maar zeggen niets over de situatie in Yarmouk en Tadamoun.

Met het terugkrijgen van de enclave Yarmouk zal de Syrische regering het laatste belegerde rebellenbolwerk in het westen van Syrië hebben heroverd, hoewel delen van het grondgebied aan de grenzen met Turkije, Irak en Jordanië buiten haar controle blijven.

Grootschalig offensief

Het Syrische regime lanceerde op 19 april een grootschalig offensief tegen IS in het zuiden van Damascus. De voorbije dagen zouden meer dan 1.000 IS-strijders met bussen geëvacueerd zijn uit wijken in het zuiden van de hoofdstad en uit het Palestijnse vluchtelingenkamp Yarmouk. Dat maakte de weg vrij voor de Syrische troepen om die sectoren in handen te krijgen.

De troepen van de Syrische president Bashar al-Assad hebben, met steun van de Russische luchtmacht, terrein veroverd in verschillende delen van het land.`;

const SEED_ENTITIES = [
  'islamic-state',
  'damascus',
  'sohr',
  'united-kingdom',
  'sana',
  'bashar-al-assad',
  'yarmouk',
  'tadamoun',
  'hajar-al-aswad',
  'syria',
  'turkey',
  'iraq',
  'jordan',
  'anp',
  'belga',
];

describe('the seed article with the bundled packs', () => {
  const { index, errors } = loadAndCompilePacks('assets/packs');
  const mentions = index ? createAnnotator(index).annotate(ARTICLE, { language: 'nl' }) : [];

  it('compiles the bundled packs without errors', () => {
    expect(errors).toEqual([]);
  });

  it('links every entity of the seed article', () => {
    const linked = new Set(mentions.map((m) => m.entityId));
    expect(SEED_ENTITIES.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('keeps mentions exact and disjoint', () => {
    mentions.forEach((m, i) => {
      expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    });
  });

  it('does not take the verb "is" for IS', () => {
    const sentence = 'Een groep strijders van Islamitische Staat is zondagochtend';
    const verb = ARTICLE.indexOf(sentence) + sentence.indexOf(' is ') + 1;
    expect(ARTICLE.slice(verb, verb + 2)).toBe('is');
    expect(mentions.filter((m) => m.start < verb + 2 && m.end > verb)).toEqual([]);
    expect(mentions.filter((m) => m.text.toLowerCase() === 'is').every((m) => m.text === 'IS')).toBe(true);
  });

  it('links the ambiguous names only with evidence from the text', () => {
    const why = (text: string) => mentions.find((m) => m.text === text)?.why;
    expect(why('Sana')).toMatchObject({ rule: 'context', evidence: 'agentschap' });
    expect(why('Assad')).toMatchObject({ rule: 'coreference', evidence: 'Bashar al-Assad' });
    expect(why('Belga')?.rule).toBe('context');
    expect(why('ANP')?.rule).toBe('context');
  });

  it('prefers the full name over the demonym inside it', () => {
    expect(mentions.find((m) => m.entityId === 'sohr')?.text).toBe(
      'Syrisch Observatorium voor de Mensenrechten',
    );
  });
});
