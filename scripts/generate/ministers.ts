/**
 * `npx tsx scripts/generate/ministers.ts [--mirror /work/.mirror]`: generates assets/packs-next/ministers.json (pack
 * `ministers`, "Ministers beyond the EU") and its notes (ministers.notes.md) with the generator of the
 * `cabinets` pack (scripts/generate/cabinets.ts, imported: the same reading of the snapshots, the same office
 * classes, rank rules, merge of terms cut at a change of cabinet, open-term check and no title notes, the
 * fixes of cabinets.fixes.md), for the national governments of the countries outside the EU, the United Kingdom and
 * Switzerland that the Dutch, Belgian, French and German press reports on most.
 *
 * Inputs (read with git, no work tree, no network):
 *  - every-politician-scrapers/<country> snapshots (Jkudjo/iceland-cabinet for Iceland, a copy of the scraper with
 *    its data): html/holders21.csv, html/positions.csv, html/bio.csv, wikidata/wanted-positions.csv,
 *    wikidata/results/current-cabinet.csv, sources/official/wikidata.csv, meta.json. The data files are Wikidata
 *    query results (CC0 1.0); the repositories have no LICENSE file (see the notes).
 *  - every-politician-scrapers/world-leaders-2021 data/wikidata.csv (heads of state and government of 2021–2022,
 *    Wikidata ids) and globalgov/manystates data-raw/leaders/archigos/arch_annual.txt (Archigos 4.1, leaders to
 *    2015; the repository is CC BY 4.0): the people the `leaders` pack owns, left out here.
 *
 * Who: every person who held a ministerial office of the national government (minister, deputy prime minister, and
 * the junior ranks: minister of state where it is junior, deputy and assistant minister) in a term that ended after
 * 2010-01-01 or is still open, with a Wikidata id. Left out: heads of state and government (their offices are not
 * written, and every person the two leader sources name, matched by Wikidata id, English Wikipedia title or name,
 * and every holder of a head office in an every-politician-scrapers snapshot, which the leaders pack also reads, is
 * left to the `leaders` pack); people already in a bundled pack or in the staged cabinets pack (the only staged pack
 * read: it is made first and ships with this one),
 * same Wikidata id or same name; people whose name in the data is not in Latin script (no English label). Countries
 * in the order of the brief's priority, each whole, while the total stays within TARGET + SLACK people; the rest are
 * named in the notes. Germany has no data (germany-positions holds only a scraper).
 *
 * Rows left out (cabinets.ts options, used here only; the notes list every one): rows of a title the snapshot also
 * uses for a state's office unless the person sat only in the national legislature then (`nationalSeats`: Australia,
 * Canada); the shorter row where two people held one minister office at once for over a month (`oneHolder`: a cabinet's
 * dates given to a minister who left or came in between, a junior filed under the ministry, a foreign minister under
 * another country's office); United States rows under 185 days (`minDays`: acting heads); titles whose Wikidata item
 * is not a minister's (India's Foreign Secretary). After the audit (ministers.audit.md, 6.0 % wrong): the rules of
 * cabinets.ts's second-audit fixes (merge by class, all offices of a class, cut after merging, shorter conflict row
 * only, short acting terms everywhere; its successor check is gone since the third fixes, cabinets.fixes3.md, whose
 * rules apply here too), `cabinetDates` for the cabinet-filled dates the audit found
 * (Australia, Turkey, South Korea, Nigeria) and `CORRECTIONS` citing the audit's rows.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../src/core/kb/schema';
import { fileDate, gitShow, headCommit, parseTable, snapshotDir } from '../worklist/lib';
import {
  generate,
  type Correction,
  type Country,
  type NotesText,
  type PackConfig,
  type Role,
} from './cabinets';
import { argument, commonName } from './lib/every-politician';
import { nameKey } from './lib/text';

const OUTPUT = 'assets/packs-next/ministers.json';
const NOTES = 'assets/packs-next/ministers.notes.md';
/** About this many people: countries are taken whole, in priority order, while the total stays within SLACK of it. */
const TARGET = 1500;
const SLACK = 100;
const HOLDERS = 'html/holders21.csv';
const LEADERS_REPO = 'every-politician-scrapers/world-leaders-2021';
const LEADERS_FILE = 'data/wikidata.csv';
const ARCHIGOS_REPO = 'globalgov/manystates';
const ARCHIGOS_FILE = 'data-raw/leaders/archigos/arch_annual.txt';
/** Heads whose tenure ended before this day are not the leaders pack's. */
const LEADERS_SINCE = '2000-01-01';

// ---------------------------------------------------------------------------------------------------------------
// Office rules of these countries (tried before the common ones of cabinets.ts).

type Rule = { role: Role | null; why: string } | undefined;

const HEAD = 'head of state or government (the leaders pack)';

/** Heads of government: left to the leaders pack, their office is not written here. */
const HEAD_OF_GOVERNMENT =
  /^(Prime Minister|Premier)\b(?! of (the )?(Republika Srpska|Federation of Bosnia|Azad Kashmir|Cook Islands|New South Wales|Queensland|South Australia|Tasmania|Victoria|Western Australia|Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland|the Northwest|Nova Scotia|Nunavut|Ontario|Prince Edward|Quebec|Saskatchewan|Yukon|the Eastern Cape|the Free State|Gauteng|KwaZulu|Limpopo|Mpumalanga|North West|the Northern Cape|the Western Cape|Niue))/;

/** Offices that are not the national government's, whatever their title says. */
const NOT_NATIONAL =
  /^(Chief Minister|Premier of|Governor|Lieutenant Governor|Administrator|Mayor|President of|Prime Minister of (the )?(Republika Srpska|Federation of Bosnia|Azad Kashmir|Cook Islands))\b|^Minister of the (Court of Accounts|Superior|Supreme)\b|^Alternate Prime Minister$/i;

/** The common rule of these countries: heads and other levels out, and a title must say "minister" for itself. */
function worldRule(
  title: string,
  labels: readonly string[],
  own: {
    ministers?: readonly string[];
    juniors?: readonly string[];
    deputies?: readonly string[];
    out?: readonly string[];
    outWhy?: string;
  } = {},
): Rule {
  if (own.out?.includes(title))
    return { role: null, why: own.outWhy ?? 'rank or office unclear (see the notes)' };
  if (own.ministers?.includes(title)) return { role: 'minister', why: '' };
  if (own.juniors?.includes(title)) return { role: 'junior', why: '' };
  if (own.deputies?.includes(title)) return { role: 'dpm', why: '' };
  // Deputy prime ministers: the common rule (cabinets.ts) classes them.
  if (/^((First|Second|Third|Fourth) )?(Deputy|Vice) Prime Minister\b/.test(title)) return undefined;
  if (HEAD_OF_GOVERNMENT.test(title)) return { role: null, why: HEAD };
  if (NOT_NATIONAL.test(title)) return { role: null, why: 'not an office of the national government' };
  // A title that says minister for an item whose label names another office (India's "Minister of Foreign
  // Affairs" is the item of the Foreign Secretary, a civil servant).
  if (/\bminister\b/i.test(title) && labels.length > 0 && !labels.some((l) => /minist/i.test(l)))
    return { role: null, why: `its Wikidata item is not a minister's office (${labels.join('; ')})` };
  // "Special Adviser to the Prime Minister": the prime minister's name is not a minister's title.
  const bare = title.replace(/\bPrime Minister('s)?/gi, '');
  if (
    !/\bminister\b/i.test(bare) &&
    !labels.some((l) => /^Minister\b/i.test(l) && !/Prime Minister/i.test(l))
  )
    return { role: null, why: 'not a ministerial office' };
  return undefined;
}

/** Deputy prime minister labels for the vice premiers of China and Taiwan. */
function vicePremier(nl: string, en: string, fr: string, de: string): ClassLabels {
  return {
    labels: {
      nl: `vicepremier van ${nl}`,
      en: `Vice Premier of ${en}`,
      fr: `vice-Premier ministre ${fr}`,
      de: `Vizepremier ${de}`,
    },
    female: { fr: `vice-Première ministre ${fr}`, de: `Vizepremierministerin ${de}` },
  };
}

type ClassLabels = { labels: Record<Lang, string>; female: Partial<Record<Lang, string>> };

/** The interior class of a country whose office is "Home Affairs" or "Internal Affairs" (its English name). */
function interiorAs(en: string, nl: string, fr: string, de: string): ClassLabels {
  return {
    labels: {
      nl: `minister van Binnenlandse Zaken van ${nl}`,
      en,
      fr: `ministre de l'Intérieur ${fr}`,
      de: `Innenminister ${de}`,
    },
    female: { de: `Innenministerin ${de}` },
  };
}

/**
 * The countries in the brief's order of priority (Germany, first in it, has no data). `exclude` lists titles that are
 * held ex officio or whose rank the data cannot tell.
 */
const LISTED: readonly Country[] = [
  {
    repo: 'us-cabinet',
    world: 'united-states',
    slug: 'the-united-states',
    enOf: 'the United States',
    frOf: 'des États-Unis',
    deGen: 'der Vereinigten Staaten',
    noCore: true,
    // The data does not mark acting heads of a department; most of their rows are short. 185 days keeps the
    // shortest confirmed secretary's row since 2010 in the data (John F. Kelly at Homeland Security, 192 days);
    // longer acting terms stay (a known limit, see the notes).
    minDays: 185,
    // The heads of the executive departments: "Secretary of …" and the Attorney General. The service secretaries
    // (Army, Navy, Air Force) are not in the Cabinet.
    classify: (title, labels) => {
      if (/^Secretary of the (Army|Navy|Air Force)$/.test(title))
        return { role: null, why: 'not a Cabinet office (a military department)' };
      // A state's secretary of state ("Secretary of State of Texas") is a state office: it came out as a Cabinet
      // secretary while another row of the office hid it (found when the third fixes changed the conflict rule).
      if (/^Secretary of State of /.test(title)) return { role: null, why: "a state's office" };
      if (/^Secretary (of|for) /.test(title) || title === 'Attorney General')
        return { role: 'minister', why: '' };
      return worldRule(title, labels);
    },
    classLabels: {
      generic: {
        labels: {
          nl: 'minister in de Amerikaanse regering',
          en: 'United States Cabinet secretary',
          fr: 'membre du cabinet des États-Unis',
          de: 'Minister der US-Regierung',
        },
        female: { de: 'Ministerin der US-Regierung' },
      },
    },
    bundled: {
      'Secretary of State': 'us-secretary-of-state',
      'Secretary of Defence': 'us-secretary-of-defense',
      'Secretary of the Treasury': 'us-secretary-of-the-treasury',
      'Attorney General': 'us-attorney-general',
      'Secretary of Homeland Security': 'us-secretary-of-homeland-security',
      'Secretary of Health and Human Services': 'us-secretary-of-health-and-human-services',
    },
  },
  {
    repo: 'ukraine-cabinet',
    world: 'ukraine',
    slug: 'ukraine',
    enOf: 'Ukraine',
    frOf: "de l'Ukraine",
    deGen: 'der Ukraine',
    classify: (title, labels) => worldRule(title, labels),
    bundled: {
      'Minister of Foreign Affairs': 'foreign-minister-of-ukraine',
      'Minister of Defence': 'defence-minister-of-ukraine',
    },
  },
  {
    repo: 'russia-cabinet',
    world: 'russia',
    slug: 'russia',
    enOf: 'Russia',
    frOf: 'de la Russie',
    deGen: 'Russlands',
    classify: (title, labels) => worldRule(title, labels),
    bundled: {
      'Minister of Foreign Affairs': 'foreign-minister-of-russia',
      'Minister of Defence': 'defence-minister-of-russia',
    },
  },
  {
    repo: 'turkey-ministers',
    // Audit D3: every deputy prime minister row carries the Yıldırım cabinet's dates, though they changed on 19 Jul
    // 2017; the data cannot tell who held it when, so the rows go (two are corrected from the audit's pages).
    cabinetDates: [
      {
        side: 'start',
        date: '2016-05-24',
        title: /^Deputy Prime Minister$/,
        keep: ['Q65498832', 'Q713551'],
        to: 'drop',
        why: "ministers.audit.md D3: the cabinet's dates, not the holder's",
      },
    ],
    world: 'turkey',
    slug: 'turkey',
    enOf: 'Turkey',
    frOf: 'de la Turquie',
    deGen: 'der Türkei',
    // Turkey's ministers of state (devlet bakanı) sat in the cabinet.
    seniorMinistersOfState: true,
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'israel-ministers',
    world: 'israel',
    slug: 'israel',
    enOf: 'Israel',
    frOf: "d'Israël",
    deGen: 'Israels',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'norway-cabinet',
    world: 'norway',
    slug: 'norway',
    enOf: 'Norway',
    frOf: 'de la Norvège',
    deGen: 'Norwegens',
    classify: (title, labels) => worldRule(title, labels),
    bundled: { 'Minister of Finance': 'finance-minister-of-norway' },
  },
  {
    repo: 'iceland-cabinet',
    owner: 'Jkudjo',
    world: 'iceland',
    slug: 'iceland',
    enOf: 'Iceland',
    frOf: "de l'Islande",
    deGen: 'Islands',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'canada-cabinet',
    world: 'canada',
    // The snapshot also follows Quebec's offices ("Minister of Finance").
    nationalSeats: /^member of the (House of Commons|Senate)$/,
    slug: 'canada',
    enOf: 'Canada',
    frOf: 'du Canada',
    deGen: 'Kanadas',
    // Offices of the Cabinet without "minister" in their title; Canada's ministers of state are not in the Cabinet.
    classify: (title, labels) =>
      worldRule(title, labels, {
        ministers: [
          'President of the Treasury Board',
          "President of the Queen's Privy Council",
          'Leader of the Government in the House of Commons',
        ],
        juniors: ['Minister of State (Foreign Affairs and Consular)'],
      }),
  },
  {
    repo: 'australia-cabinet',
    // Audit D3: 2022-05-23 is the day of Albanese's five-member interim ministry; the others were sworn in on 1 June.
    cabinetDates: [
      {
        side: 'start',
        date: '2022-05-23',
        keep: ['Q335697', 'Q7327642', 'Q456759', 'Q16217223', 'Q463507'],
        to: '2022-06-01',
        why: 'ministers.audit.md D3: the rest of the ministry was sworn in on 1 June 2022',
      },
    ],
    world: 'australia',
    // The snapshot also follows the states' and territories' offices ("Treasurer", "Attorney-General" …).
    nationalSeats: /^Member of the (House of Representatives|Senate)$/,
    slug: 'australia',
    enOf: 'Australia',
    frOf: "de l'Australie",
    deGen: 'Australiens',
    // The Treasurer and the Attorney-General are ministers; the Special Minister of State is a minister, not a
    // junior one. The Assistant Treasurer has been held at either rank.
    classify: (title, labels) =>
      worldRule(title, labels, {
        ministers: ['Treasurer', 'Attorney-General', 'Special Minister of State'],
        out: ['Assistant Treasurer', 'Cabinet Secretary'],
      }),
    classLabels: {
      interior: interiorAs(
        'Minister for Home Affairs of Australia',
        'Australië',
        "de l'Australie",
        'Australiens',
      ),
    },
  },
  {
    repo: 'new-zealand-cabinet',
    world: 'new-zealand',
    slug: 'new-zealand',
    enOf: 'New Zealand',
    frOf: 'de la Nouvelle-Zélande',
    deGen: 'Neuseelands',
    classify: (title, labels) => worldRule(title, labels, { ministers: ['Attorney General'] }),
    // The Minister of Internal Affairs heads the Department of Internal Affairs (passports, citizenship, local
    // government), not the police.
    classLabels: {
      interior: {
        labels: {
          nl: 'minister van Binnenlandse Zaken van Nieuw-Zeeland',
          en: 'Minister of Internal Affairs of New Zealand',
          fr: 'ministre des Affaires intérieures de la Nouvelle-Zélande',
          de: 'Minister für innere Angelegenheiten Neuseelands',
        },
        female: { de: 'Ministerin für innere Angelegenheiten Neuseelands' },
      },
    },
  },
  {
    repo: 'japan-ministers',
    world: 'japan',
    slug: 'japan',
    enOf: 'Japan',
    frOf: 'du Japon',
    deGen: 'Japans',
    // Japan's ministers of state (kokumu daijin) are cabinet ministers, as are the Chief Cabinet Secretary and the
    // chair of the National Public Safety Commission.
    seniorMinistersOfState: true,
    classify: (title, labels) =>
      worldRule(title, labels, {
        ministers: ['Chief Cabinet Secretary', 'Chairperson of the National Public Safety Commission'],
      }),
  },
  {
    repo: 'china-ministers',
    world: 'china',
    slug: 'china',
    enOf: 'China',
    frOf: 'de la Chine',
    deGen: 'Chinas',
    classify: (title, labels) =>
      worldRule(title, labels, {
        deputies: ['Vice Premier of the State Council'],
        out: ['Premier of the State Council'],
        outWhy: HEAD,
      }),
    classLabels: { dpm: vicePremier('China', 'China', 'de la Chine', 'Chinas') },
    bundled: { 'Minister of Foreign Affairs': 'foreign-minister-of-china' },
  },
  {
    repo: 'india-ministers',
    world: 'india',
    slug: 'india',
    enOf: 'India',
    frOf: "de l'Inde",
    deGen: 'Indiens',
    classify: (title, labels) => worldRule(title, labels),
    classLabels: {
      interior: interiorAs('Minister of Home Affairs of India', 'India', "de l'Inde", 'Indiens'),
    },
  },
  {
    repo: 'south-korea-ministers',
    // Audit D3: 2022-05-10 is Yoon's inauguration, not every minister's start: the start is left out.
    cabinetDates: [
      { side: 'start', date: '2022-05-10', to: null, why: "ministers.audit.md D3: the government's start" },
    ],
    world: 'south-korea',
    slug: 'south-korea',
    enOf: 'South Korea',
    frOf: 'de la Corée du Sud',
    deGen: 'Südkoreas',
    // Heads of agencies below the ministries (ministry of government legislation, food and drug safety, personnel
    // management) and the head of the office for government policy coordination: not cabinet ministers.
    classify: (title, labels) =>
      worldRule(title, labels, {
        out: [
          'Minister for Government Legislation',
          'Minister for Government Policy Coordination',
          'Minister of Food and Drink Safety',
          'Minister of Personnel Management',
        ],
      }),
  },
  {
    repo: 'brazil-ministers',
    world: 'brazil',
    slug: 'brazil',
    enOf: 'Brazil',
    frOf: 'du Brésil',
    deGen: 'Brasiliens',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'mexico-ministers',
    world: 'mexico',
    slug: 'mexico',
    enOf: 'Mexico',
    frOf: 'du Mexique',
    deGen: 'Mexikos',
    noCore: true,
    // Mexico's ministers are the secretaries of state ("Secretary of …").
    classify: (title, labels) =>
      /^Secretary (of|for) /.test(title) ? { role: 'minister', why: '' } : worldRule(title, labels),
    classLabels: {
      generic: {
        labels: {
          nl: 'minister in de Mexicaanse regering',
          en: 'Mexican Cabinet secretary',
          fr: 'ministre du gouvernement mexicain',
          de: 'Minister der mexikanischen Regierung',
        },
        female: { de: 'Ministerin der mexikanischen Regierung' },
      },
    },
  },
  {
    repo: 'argentina-ministers',
    world: 'argentina',
    slug: 'argentina',
    enOf: 'Argentina',
    frOf: "de l'Argentine",
    deGen: 'Argentiniens',
    classify: (title, labels) =>
      worldRule(title, labels, { ministers: ['Chief of the Cabinet of Ministers'] }),
  },
  {
    repo: 'south-africa-cabinet',
    world: 'south-africa',
    slug: 'south-africa',
    enOf: 'South Africa',
    frOf: "de l'Afrique du Sud",
    deGen: 'Südafrikas',
    classify: (title, labels) => worldRule(title, labels),
    classLabels: {
      interior: interiorAs(
        'Minister of Home Affairs of South Africa',
        'Zuid-Afrika',
        "de l'Afrique du Sud",
        'Südafrikas',
      ),
    },
  },
  {
    repo: 'nigeria',
    // Audit D3: 2010-02-09 is the day Jonathan became acting president, not his ministers' start: left out.
    cabinetDates: [
      { side: 'start', date: '2010-02-09', to: null, why: "ministers.audit.md D3: the government's start" },
    ],
    world: 'nigeria',
    slug: 'nigeria',
    enOf: 'Nigeria',
    frOf: 'du Nigeria',
    deGen: 'Nigerias',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'egypt-ministers',
    world: 'egypt',
    slug: 'egypt',
    enOf: 'Egypt',
    frOf: "de l'Égypte",
    deGen: 'Ägyptens',
    // Egypt's ministers of state sit in the cabinet.
    seniorMinistersOfState: true,
    classify: (title, labels) => worldRule(title, labels),
    bundled: { 'Minister of Defence': 'defence-minister-of-egypt' },
  },
  {
    repo: 'saudi-ministers',
    world: 'saudi-arabia',
    slug: 'saudi-arabia',
    enOf: 'Saudi Arabia',
    frOf: "de l'Arabie saoudite",
    deGen: 'Saudi-Arabiens',
    seniorMinistersOfState: true,
    classify: (title, labels) => worldRule(title, labels),
    bundled: { 'Minister of Defence': 'defence-minister-of-saudi-arabia' },
  },
  {
    repo: 'iran-ministers',
    world: 'iran',
    slug: 'iran',
    enOf: 'Iran',
    frOf: "de l'Iran",
    deGen: 'des Iran',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'iraq-ministers',
    world: 'iraq',
    slug: 'iraq',
    enOf: 'Iraq',
    frOf: "de l'Irak",
    deGen: 'des Irak',
    seniorMinistersOfState: true,
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'syria',
    world: 'syria',
    slug: 'syria',
    enOf: 'Syria',
    frOf: 'de la Syrie',
    deGen: 'Syriens',
    seniorMinistersOfState: true,
    classify: (title, labels) => worldRule(title, labels),
    bundled: {
      'Minister of Defence': 'defence-minister-of-syria',
      'Minister of Foreign Affairs': 'foreign-minister-of-syria',
      'Minister of Internal Affairs': 'interior-minister-of-syria',
      'Minister of Social Affairs and Labour': 'social-affairs-and-labour-minister-of-syria',
    },
  },
  {
    repo: 'lebanon',
    world: 'lebanon',
    slug: 'lebanon',
    enOf: 'Lebanon',
    frOf: 'du Liban',
    deGen: 'des Libanon',
    seniorMinistersOfState: true,
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'palestine',
    world: 'palestine',
    slug: 'palestine',
    enOf: 'Palestine',
    frOf: 'de la Palestine',
    deGen: 'Palästinas',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'pakistan-ministers',
    world: 'pakistan',
    slug: 'pakistan',
    enOf: 'Pakistan',
    frOf: 'du Pakistan',
    deGen: 'Pakistans',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'taiwan',
    world: 'taiwan',
    slug: 'taiwan',
    enOf: 'Taiwan',
    frOf: 'de Taïwan',
    deGen: 'Taiwans',
    classify: (title, labels) => worldRule(title, labels, { deputies: ['Vice Premier'] }),
    classLabels: { dpm: vicePremier('Taiwan', 'Taiwan', 'de Taïwan', 'Taiwans') },
  },
  {
    repo: 'serbia-ministers',
    world: 'serbia',
    slug: 'serbia',
    enOf: 'Serbia',
    frOf: 'de la Serbie',
    deGen: 'Serbiens',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'belarus-ministers',
    world: 'belarus',
    slug: 'belarus',
    enOf: 'Belarus',
    frOf: 'de la Biélorussie',
    deGen: 'von Belarus',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'georgia-ministers',
    world: 'georgia',
    slug: 'georgia',
    enOf: 'Georgia',
    frOf: 'de la Géorgie',
    deGen: 'Georgiens',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'moldova-ministers',
    world: 'moldova',
    slug: 'moldova',
    enOf: 'Moldova',
    frOf: 'de la Moldavie',
    deGen: 'der Republik Moldau',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'armenia-ministers',
    world: 'armenia',
    slug: 'armenia',
    enOf: 'Armenia',
    frOf: "de l'Arménie",
    deGen: 'Armeniens',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'azerbaijan-cabinet',
    world: 'azerbaijan',
    slug: 'azerbaijan',
    enOf: 'Azerbaijan',
    frOf: "de l'Azerbaïdjan",
    deGen: 'Aserbaidschans',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'kazakhstan-cabinet',
    world: 'kazakhstan',
    slug: 'kazakhstan',
    enOf: 'Kazakhstan',
    frOf: 'du Kazakhstan',
    deGen: 'Kasachstans',
    // The State Secretary is an office of the presidency, not a junior minister.
    classify: (title, labels) =>
      worldRule(title, labels, { out: ['State Secretary'], outWhy: 'not a ministerial office' }),
  },
  {
    repo: 'bosnia-herzegovina-ministers',
    world: 'bosnia-and-herzegovina',
    slug: 'bosnia-and-herzegovina',
    enOf: 'Bosnia and Herzegovina',
    frOf: 'de la Bosnie-Herzégovine',
    deGen: 'von Bosnien und Herzegowina',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'kosovo-cabinet',
    world: 'kosovo',
    slug: 'kosovo',
    enOf: 'Kosovo',
    frOf: 'du Kosovo',
    deGen: 'des Kosovo',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'albania-cabinet',
    world: 'albania',
    slug: 'albania',
    enOf: 'Albania',
    frOf: "de l'Albanie",
    deGen: 'Albaniens',
    // Albania's ministers of state sit in the cabinet.
    seniorMinistersOfState: true,
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'north-macedonia-ministers',
    world: 'north-macedonia',
    slug: 'north-macedonia',
    enOf: 'North Macedonia',
    frOf: 'de la Macédoine du Nord',
    deGen: 'Nordmazedoniens',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'montenegro-cabinet',
    world: 'montenegro',
    slug: 'montenegro',
    enOf: 'Montenegro',
    frOf: 'du Monténégro',
    deGen: 'Montenegros',
    classify: (title, labels) => worldRule(title, labels),
  },
  {
    repo: 'venezuela',
    world: 'venezuela',
    slug: 'venezuela',
    enOf: 'Venezuela',
    frOf: 'du Venezuela',
    deGen: 'Venezuelas',
    classify: (title, labels) => worldRule(title, labels),
  },
];

/**
 * Every country: two people in one minister office at once for more than a month are a conflict (cabinets.ts
 * `oneHolder`); the offices held by several people at once are these.
 */
const SHARED_OFFICES = /without portfolio|^Minister of State$|^Minister in the\b/i;

const COUNTRIES: readonly Country[] = LISTED.map((c) => ({ ...c, oneHolder: { shared: SHARED_OFFICES } }));

// Records of the data found wrong (ministers.audit.md) and replaced by the terms its stored pages state.
const CORRECTIONS: readonly Correction[] = [
  {
    qid: 'Q572783',
    title: 'Minister for Employment and Workplace Relations',
    terms: [{ start: '2015-09-21', end: '2022-05-23' }],
    checked:
      'ministers.audit.md, Wrong statements rows 1-2 (A2): in cabinet without a break 2015-2022 (en.wikipedia.org/wiki/Michaelia_Cash)',
  },
  {
    qid: 'Q511882',
    title: 'Minister of Fisheries and Agriculture',
    terms: [
      { start: '2009-02-01', end: '2009-05-10' },
      { start: '2011-12-31', end: '2013-05-23' },
    ],
    checked:
      'ministers.audit.md, Wrong statements row 3 (A2): the ministry renamed Industries and Innovation on 1 Sep 2012, to 23 May 2013 (de-WP)',
  },
  {
    qid: 'Q3441480',
    title: 'Minister of Public Services and Procurement',
    terms: [{ start: '2006-02-06', end: '2013-07-15' }],
    checked:
      'ministers.audit.md, Wrong statements row 5 (A2): cabinet minister without a break from 2006-02-06 (en.wikipedia.org/wiki/Rona_Ambrose)',
  },
  {
    qid: 'Q3434216',
    title: 'Minister of Small Business and Tourism',
    terms: [{ start: '2010-01-19', end: '2011-05-02', rank: 'junior' }],
    checked: 'ministers.audit.md, Wrong statements row 6 (C): Minister of State (Small Business and Tourism)',
  },
  {
    qid: 'Q3434216',
    title: 'Minister of Canadian Heritage',
    terms: [],
    checked:
      'ministers.audit.md, Wrong statements row 7 (C): the 2011-2013 minister was James Moore; row left out',
  },
  {
    qid: 'Q2584267',
    title: 'Minister of Communications',
    terms: [{ start: '2017', end: '2019-06-26' }],
    checked:
      'ministers.audit.md, Wrong statements row 8 (A2): minister without portfolio for several months of 2017 before Communications (ono.ac.il): the year only',
  },
  {
    qid: 'Q65498832',
    title: 'Deputy Prime Minister',
    terms: [{ start: '2015-08-28', end: '2017-07-19' }],
    checked: 'ministers.audit.md, Wrong statements row 9 (D3): en.wikipedia.org/wiki/Tuğrul_Türkeş',
  },
  {
    qid: 'Q3663047',
    title: 'Minister of Immigration and Absorption',
    terms: [{ start: '2020-05', end: '' }],
    checked:
      'ministers.audit.md, Wrong statements row 10 (A): in the ministry from May 2020 (algemeiner.com 2020-05-14)',
  },
  {
    qid: 'Q21356553',
    title: 'Minister of Agriculture and Agri-Food',
    terms: [{ start: '2015-11-04', end: '' }],
    checked:
      'ministers.audit.md, Wrong statements row 12 (A2): cabinet minister from 2015-11-04 (country-guide.ca)',
  },
  {
    qid: 'Q111602136',
    title: 'Minister of Culture, Sports and Tourism',
    terms: [{ start: '2022-05-13', end: '' }],
    checked: 'ministers.audit.md, Wrong statements row 13 (D3): mcst.go.kr',
  },
  {
    qid: 'Q3376692',
    title: 'Minister of the Environment',
    terms: [{ start: '2011-01-04', end: '2013-07-15' }],
    checked: 'ministers.audit.md, Wrong statements row 14 (D): naturecanadablog.blogspot.com (2011-01-04)',
  },
  {
    qid: 'Q704389',
    title: 'Minister of Interior Affairs',
    terms: [{ start: '2014-02-22', end: '2021-07-15' }],
    checked:
      'ministers.audit.md, Wrong statements row 16 (A): interior minister in four governments without a break (glavnoe.in.ua)',
  },
  {
    qid: 'Q5984495',
    title: 'Minister of Sports',
    terms: [{ start: '2010-04-06', end: '2011-07' }],
    checked: 'ministers.audit.md, Wrong statements row 17 (D3): sworn in 6 Apr 2010 (en-WP copy)',
  },
  {
    qid: 'Q20396204',
    title: 'Minister of Social Solidarity',
    terms: [{ start: '2014-02', end: '2019-12-22' }],
    checked:
      'ministers.audit.md, Wrong statements row 18 (D1): left in the reshuffle of 22 Dec 2019 (egypttoday.com)',
  },
  {
    qid: 'Q16192869',
    title: 'Minister of Education',
    terms: [{ start: '2010-12-08', end: '2017-05-02' }],
    checked:
      'ministers.audit.md, Wrong statements row 20 (A2): minister from 2010-12-08 (en.wikipedia.org/wiki/Hekia_Parata)',
  },
  {
    qid: 'Q7530281',
    title: 'Minister of Aviation',
    terms: [
      { start: '2015-11-11', end: '2019-05-28', rank: 'junior' },
      { start: '2019-08-22', end: '' },
    ],
    checked:
      'ministers.audit.md, Wrong statements row 23 (C): Minister of State for Aviation 2015-2019 (dailytimes.ng; sunnewsonline.com)',
  },
  {
    qid: 'Q713551',
    title: 'Minister of Health',
    terms: [
      { start: '2002-11-18', end: '2013-01-24' },
      { start: '2016-05-24', end: '2017-07-19' },
    ],
    checked:
      'ministers.audit.md, Wrong statements row 24 (A): health minister since 2002-11-18 (en.wikipedia.org/wiki/Recep_Akdağ)',
  },
  {
    qid: 'Q713551',
    title: 'Deputy Prime Minister',
    terms: [{ start: '2017-07-19', end: '2018-07-09' }],
    checked: 'ministers.audit.md, Wrong statements row 25 (D3): en.wikipedia.org/wiki/Recep_Akdağ',
  },
  {
    qid: 'Q3020613',
    title: 'minister of Families, Children and Social Development',
    terms: [],
    checked:
      'ministers.audit.md, Wrong statements row 26 (C): a Commons committee chair, never a minister; left out',
  },
  {
    qid: 'Q6832641',
    title: 'Minister for Infrastructure and Transport',
    terms: [{ start: '2016-07-19', end: '2021-06-22' }],
    checked: 'ministers.audit.md, Wrong statements row 27 (A2): minister from 2016-07-19 (simple-WP copy)',
  },
  {
    qid: 'Q5214486',
    title: 'Minister for Trade',
    terms: [{ start: '2016-02-18', end: '2022-05-23' }],
    checked: 'ministers.audit.md, Wrong statements row 28 (A2): minister from 2016-02-18 (en-WP copy)',
  },
  {
    qid: 'Q5180973',
    title: 'Minister of Racing',
    terms: [{ start: '2011-06-08', end: '2016-12' }],
    checked:
      'ministers.audit.md, Wrong statements row 29 (A2): minister until Dec 2016 (amp.rnz.co.nz 2016-12-14)',
  },
  {
    qid: 'Q2663804',
    title: 'Minister of Strategic Affairs',
    terms: [{ start: '2015-05-25', end: '2020-07-05' }],
    checked:
      "ministers.audit.md, Wrong statements row 31 (A2): to 2020-07-05 with Regional Cooperation (pl-WP copy); the data's 2021 end is wrong",
  },
  {
    qid: 'Q22932964',
    title: 'Minister of International Cooperation',
    terms: [{ start: '2015-09-19', end: '2019-12-22' }],
    checked: 'ministers.audit.md, Wrong statements row 34 (D): egyptianstreets.com (2015-09-19)',
  },
  {
    qid: 'Q64438288',
    title: 'Secretary of Security and Citizen Protection',
    terms: [{ start: '2020-11', end: '' }],
    checked:
      'ministers.audit.md, Wrong statements row 35 (D): took office in November 2020 (heraldodemexico.com.mx)',
  },
  {
    qid: 'Q6775749',
    title: 'Minister of Foreign Affairs',
    terms: [],
    checked:
      'ministers.audit.md, Wrong statements rows 38-39 (C): permanent secretary, a civil servant; left out',
  },
  {
    qid: 'Q12238118',
    title: 'Minister of Media',
    terms: [{ start: '2015-01', end: '' }],
    checked:
      'ministers.audit.md, Wrong statements row 41 (A2): minister from January 2015 (dev.coastaldigest.com 2015-01-30)',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// The leaders pack's people.

/** Archigos's country codes of the countries above. */
const ARCHIGOS_CODES: Record<string, string[]> = {
  'us-cabinet': ['USA'],
  'ukraine-cabinet': ['UKR'],
  'russia-cabinet': ['RUS'],
  'turkey-ministers': ['TUR'],
  'israel-ministers': ['ISR'],
  'norway-cabinet': ['NOR'],
  'iceland-cabinet': ['ICE'],
  'canada-cabinet': ['CAN'],
  'australia-cabinet': ['AUL'],
  'new-zealand-cabinet': ['NEW'],
  'japan-ministers': ['JPN'],
  'china-ministers': ['CHN'],
  'india-ministers': ['IND'],
  'south-korea-ministers': ['ROK'],
  'brazil-ministers': ['BRA'],
  'mexico-ministers': ['MEX'],
  'argentina-ministers': ['ARG'],
  'south-africa-cabinet': ['SAF'],
  nigeria: ['NIG'],
  'egypt-ministers': ['EGY'],
  'saudi-ministers': ['SAU'],
  'iran-ministers': ['IRN'],
  'iraq-ministers': ['IRQ'],
  syria: ['SYR'],
  lebanon: ['LEB'],
  'pakistan-ministers': ['PAK'],
  taiwan: ['TAW'],
  'serbia-ministers': ['SER', 'YUG'],
  'belarus-ministers': ['BLR'],
  'georgia-ministers': ['GRG'],
  'moldova-ministers': ['MLD'],
  'armenia-ministers': ['ARM'],
  'azerbaijan-cabinet': ['AZE'],
  'kazakhstan-cabinet': ['KZK'],
  'bosnia-herzegovina-ministers': ['BOS'],
  'kosovo-cabinet': ['KOS'],
  'albania-cabinet': ['ALB'],
  'north-macedonia-ministers': ['MAC'],
  'montenegro-cabinet': ['MNG', 'MNT'],
  venezuela: ['VEN'],
};

/** Titles of the scrapers' head-of-state and head-of-government offices (for the surname match and the notes). */
const HEAD_TITLE =
  /^(President|Prime Minister|Premier|King|monarch|Monarch|Emperor|Supreme Leader|Chairman of the Presidency|(Bosniak |Croat |Serb )?Member of the Presidency|Chairman of the Council of Ministers)( of (Montenegro|the State Council|the Palestinian National Authority|Iceland))?$|^Prime Minister and Minister of the Interior$/;

interface Leaders {
  qids: Map<string, string>;
  titles: Map<string, string>;
  names: Map<string, string>;
  /** The words (folded) of each Archigos leader's name, per our country repo. */
  surnames: Map<string, { words: string[]; why: string }[]>;
  /**
   * Who held a head office in our data since 2000: qid → repo and title; `scraped` where the data is an
   * every-politician-scrapers snapshot, which the leaders pack also reads (leaders.notes.md).
   */
  heads: Map<string, { repo: string; name: string; title: string; scraped: boolean }>;
  sources: { repo: string; commit: string; date: string; path: string }[];
}

function titleKey(title: string): string {
  return title.replace(/_/g, ' ').trim();
}

function readLeaders(mirror: string): Leaders {
  const out: Leaders = {
    qids: new Map(),
    titles: new Map(),
    names: new Map(),
    surnames: new Map(),
    heads: new Map(),
    sources: [],
  };
  const wl = snapshotDir(mirror, LEADERS_REPO);
  const wlHead = headCommit(wl);
  if (!wlHead.commit) throw new Error(`no snapshot of ${LEADERS_REPO}`);
  out.sources.push({
    repo: LEADERS_REPO,
    commit: wlHead.commit,
    date: fileDate(wl, wlHead.commit, LEADERS_FILE),
    path: LEADERS_FILE,
  });
  for (const row of parseTable(gitShow(wl, wlHead.commit, LEADERS_FILE) ?? '')) {
    const end = (row.end_year ?? '').trim();
    if (end && end < LEADERS_SINCE.slice(0, 4)) continue;
    const why = `${row.positionLabel ?? ''} in ${LEADERS_REPO}`;
    const qid = (row.officeholder ?? '').trim();
    if (/^Q\d+$/.test(qid)) out.qids.set(qid, why);
    const name = (row.officeholderLabel ?? '').trim();
    if (/\s/.test(name)) out.names.set(nameKey(name), why);
  }
  const ms = snapshotDir(mirror, ARCHIGOS_REPO);
  const msHead = headCommit(ms);
  if (!msHead.commit) throw new Error(`no snapshot of ${ARCHIGOS_REPO}`);
  out.sources.push({
    repo: ARCHIGOS_REPO,
    commit: msHead.commit,
    date: fileDate(ms, msHead.commit, ARCHIGOS_FILE),
    path: ARCHIGOS_FILE,
  });
  const repoByCode = new Map<string, string>();
  for (const [repo, codes] of Object.entries(ARCHIGOS_CODES))
    for (const code of codes) repoByCode.set(code, repo);
  for (const row of parseTable(gitShow(ms, msHead.commit, ARCHIGOS_FILE) ?? '', '\t')) {
    if ((row.enddate ?? '') < LEADERS_SINCE) continue;
    const leader = (row.leader ?? '').trim();
    const why = `Archigos leader of ${row.idacr ?? '?'} (${leader})`;
    const uri = (row['dbpedia.uri'] ?? '').trim();
    if (uri.startsWith('http://dbpedia.org/resource/')) {
      const title = titleKey(decodeURIComponent(uri.slice('http://dbpedia.org/resource/'.length)));
      out.titles.set(title, why);
      out.names.set(nameKey(commonName(title)), why);
    }
    if (/\s/.test(leader) && !/\.\s/.test(leader)) out.names.set(nameKey(leader), why);
    // Archigos often names a leader by surname only ("Netanyahu") or by part of the name ("Lula da Silva"):
    // every word of it in the name of a holder of one of the country's head offices.
    const repo = repoByCode.get(row.idacr ?? '');
    const words = nameKey(leader.replace(/\b\p{L}\.\s*/gu, ' '))
      .split(' ')
      .filter((w) => w.length > 2);
    if (repo && words.length > 0) {
      const list = out.surnames.get(repo) ?? [];
      list.push({ words, why });
      out.surnames.set(repo, list);
    }
  }
  for (const country of COUNTRIES) {
    const dir = snapshotDir(mirror, `${country.owner ?? 'every-politician-scrapers'}/${country.repo}`);
    const commit = headCommit(dir).commit;
    for (const row of parseTable(gitShow(dir, commit, HOLDERS) ?? '')) {
      const title = (row.position ?? '').trim();
      const end = (row.end ?? '').trim();
      const qid = (row.personID ?? '').trim();
      if (!HEAD_TITLE.test(title) || !/^Q\d+$/.test(qid) || (end !== '' && end < LEADERS_SINCE)) continue;
      if (!out.heads.has(qid))
        out.heads.set(qid, {
          repo: country.repo,
          name: (row.person ?? '').trim(),
          title,
          scraped: country.owner === undefined,
        });
    }
  }
  return out;
}

/** Why the leaders pack owns a person (by Wikidata id, Wikipedia title, full name, or surname of a head), or null. */
function ownedBy(leaders: Leaders, person: { qid: string; name: string; enwiki: string }): string | null {
  const byQid = leaders.qids.get(person.qid);
  if (byQid) return `${HEAD}: ${byQid}`;
  const byTitle = person.enwiki ? leaders.titles.get(titleKey(person.enwiki)) : undefined;
  if (byTitle) return `${HEAD}: ${byTitle}, same Wikipedia title`;
  for (const name of [person.name, person.enwiki ? commonName(person.enwiki) : '']) {
    const byName = name ? leaders.names.get(nameKey(name)) : undefined;
    if (byName) return `${HEAD}: ${byName}, same name`;
  }
  const head = leaders.heads.get(person.qid);
  if (head) {
    const words = new Set(nameKey(person.name).split(' '));
    const hit = (leaders.surnames.get(head.repo) ?? []).find((l) => l.words.every((w) => words.has(w)));
    if (hit) return `${HEAD}: ${hit.why}, the name of a holder of ${head.title} in the data`;
    if (head.scraped)
      return `${HEAD}: ${head.title} in the ${head.repo} data, which the leaders pack also reads`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Notes text.

function text(
  leaders: Leaders,
  mirror: string,
  kept: readonly Country[],
  left: { country: Country; people: number }[],
  headsKept: string[],
): NotesText {
  const sources = leaders.sources
    .map((s) => `\`${s.repo}\` \`${s.path}\` (commit \`${s.commit.slice(0, 12)}\`, file of ${s.date})`)
    .join(' and ');
  const germany = snapshotDir(mirror, 'everypolitician-scrapers/germany-positions');
  const germanyHead = headCommit(germany);
  return {
    licence: `**Licence.** The every-politician-scrapers repositories (and the Jkudjo/iceland-cabinet copy of one) have no
README or LICENSE file. The data files are the results of Wikidata queries (Wikidata's data is CC0 1.0), which is
what the pack's \`license\` ("CC0 1.0") states; the scrapers' code is not used. **The lead should confirm this reading
before the pack ships** (as for \`cabinets\`). globalgov/manystates is CC BY 4.0 (LICENSE.md); only the names of its
leaders are used, to leave people out, nothing of it is written. The English Wikipedia pages are cited as where the
facts can be checked; no text is taken from them.`,
    asOfYears: asOfYears(mirror, kept),
    corrections: "the audit's wrong values (ministers.audit.md, Wrong statements), each citing its row",
    notCovered: `**Not covered.** Germany, first in the brief's list: \`everypolitician-scrapers/germany-positions\` (commit
\`${germanyHead.commit.slice(0, 12)}\`, ${germanyHead.date}) holds only its scraper (scraper.rb, lib/cabinet.rb), no
data, and neither every-politician-scrapers/germany-cabinet nor germany-ministers can be fetched, so no German
minister is in this pack (dach-politics has the main ones). ${
      left.length > 0
        ? `Countries left out to keep the pack near ${TARGET} people (taken whole in the brief's order; people they would add): ${left.map((l) => `${l.country.enOf.replace(/^the /, '')} ${l.people}`).join(', ')}.`
        : 'Every other country of the brief is in.'
    } Kept: ${kept.length} countries. No party: no input file gives a party, so there is no \`member-of-party\`
statement.

**Heads of state and government** are the \`leaders\` pack's: every person ${sources} name (world-leaders-2021:
Wikidata id, positions held in 2000 or later; Archigos: leaders whose tenure ended in 2000 or later, matched by
English Wikipedia title from dbpedia, by full name, or, for a name given as a surname only, by that surname among the
holders of the country's head offices in the data) is left out (Who), and no head-of-state or head-of-government
office is written for anyone. So is every holder of a head office (president, prime minister, premier, monarch …)
since 2000 in an every-politician-scrapers snapshot read here, whom neither source names (acting prime ministers,
prime ministers under a president): the leaders pack reads the same snapshots and takes these offices
(leaders.notes.md), and left them out while they were in a first version of this pack, so only one of the two packs
may hold them. People the Iceland data (Jkudjo/iceland-cabinet, which the leaders pack does not read) shows holding a
head office since 2000 whom neither source names stay, with their ministerial offices only
(${headsKept.length}): ${headsKept.join('; ') || 'none'}. **The lead should decide whether the leaders pack takes
them** (the leaders generator reads only bundled packs).`,
    owned: 'heads of state or government since 2000 (the leaders pack)',
    offices: `Each followed position (by the scraper's title) is classed as deputy prime minister, minister, junior
(minister of state where it is a junior rank, deputy minister, assistant minister …) or left out: heads of state and
government (prime minister, premier: the leaders pack), presidents, vice presidents, speakers, judges (Brazil's
"ministers" of the courts), central bankers, army chiefs, governors, premiers and chief ministers of states and
provinces, mayors, ambassadors, advisers and offices without "minister" in their title, except where the country
lists them as cabinet offices: the United States' and Mexico's secretaries ("Secretary of …", and the US Attorney
General; not the secretaries of the Army, Navy and Air Force), Canada's President of the Treasury Board, President of
the Queen's Privy Council and Government House Leader, Australia's Treasurer, Attorney-General and Special Minister of
State, New Zealand's Attorney General, Japan's Chief Cabinet Secretary and chair of the National Public Safety
Commission, Argentina's Chief of the Cabinet of Ministers; China's and Taiwan's vice premiers are deputy prime
ministers (class "Vice Premier"). Left out as unclear in rank: Australia's Assistant Treasurer and Cabinet
Secretary, South Korea's heads of the government legislation, food and drug safety and personnel agencies and of the
policy coordination office, Kazakhstan's State Secretary, Israel's Alternate Prime Minister. A minister of state is a
cabinet minister in Turkey, Japan, Egypt, Saudi Arabia, Iraq, Syria, Lebanon and Albania, and junior elsewhere
(Nigeria, Canada). Offices map to bundled classes where the politics packs have the same office (US Secretary of
State, Defense, the Treasury, Homeland Security, Health and Human Services, Attorney General; the foreign and defence
ministers of Russia and Ukraine, China's foreign minister, Norway's finance minister, the defence ministers of Egypt
and Saudi Arabia, four Syrian ministries); else to classes made here per country: the deputy prime minister, six
core portfolios (foreign affairs, finance, defence, interior, justice, health) only where the position's name is
exactly that portfolio (not for the United States and Mexico, whose secretaries are a class of their own: "United
States Cabinet secretary", "Mexican Cabinet secretary"), and a generic minister and junior minister class.

**Ranks.** As in \`cabinets\` (its audit's rule): the data tells ranks apart only by the text of the office's title (and
its item's label), so a title goes to the generic minister class only when it clearly says minister and has no
junior marker (deputy, vice-, assistant or junior minister, minister of state where junior, state secretary,
under- or parliamentary secretary …), and to the deputy prime minister class only when it says deputy (vice) prime
minister or is a vice premier above.`,
    spotCheck: SPOT_CHECK,
    thirdAudit: `Not audited again. Regenerated with the cabinets pack's third fixes (\`cabinets.fixes3.md\`): the
successor check removed (the data's ends again), the merge at a change of cabinet up to 31 days, unconfirmed open rows
carrying the term they continue, junior rows held as a minister's second post left out, a row of a one-holder office
that overlaps the rows of two or more holders who follow one another left out (before the shorter-row rule: Canada's
opposition critics filed as ministers, Nigeria's ten-year environment row), the cabinet check. And a fault the new
conflict rule showed: the US states' secretaries of state ("Secretary of State of Texas") had been filed as Cabinet
secretaries (13 people); they are left out. Before: 1555 people, 6468 statements (1823 position-held). After: the
counts at the top of these notes; with fewer US people the country rule now takes Iraq too. This pack leaves out the
people of the bundled packs and of the staged cabinets pack only.`,
    secondAudit: `The audit (\`ministers.audit.md\`, seed 9001) found 41 of 687 statements wrong (6.0 %): A2 18, A 3,
C 7, D 13 (D3 8, D1 1, other 4). Fixed in the generator for the whole pack, with the rules of the sister pack's
second fixes (\`cabinets.fixes2.md\`). Before: 1596 people, 6820 statements (2053 position-held). After: 1555
people, 6468 statements (1823 position-held); 101 people are gone (93 by the short acting-term rule), 60 are new
(rows no longer lost to a conflict, holders of the extra offices), 345 of those kept have changed terms.`,
    doubts: `- The data is Wikidata's, as of its data date (table above): offices
  taken up since are missing, and terms shown open are open as of the asOf date only. A P39 without its own end
  takes its cabinet's end, which is wrong for a minister who left before the cabinet did, and without a cabinet it
  takes the death date.
- Wikidata's coverage of these governments is uneven: some scrapers follow only the main portfolios (the offices
  per country are listed above), and some terms have only a year or a month.
- A term cut at a change of cabinet whose other part the data does not hold is not found by the merge (7 days, or
  31 at a change of cabinet); the cabinet check leaves out starts only where the data lacks most of the cabinet
  before.
- Ranks: the data has no rank per term; a junior holder of an office item titled as a ministry (India's ministers of
  state, Australia's parliamentary secretaries) is filed as a minister unless the \`oneHolder\` rule catches the overlap
  with the minister.
- Acting holders are not marked in the data. In the United States data, acting heads of a department serving 185 days
  or more (Chad Wolf at Homeland Security, for one) stay, filed as Cabinet secretaries.
- The \`oneHolder\` rule leaves out one row of a conflict (a row beside a line of holders, else the shorter), which
  is not always the wrong one (a long right term beside two junior holders filed under the ministry's item: Jenny
  Macklin); a person whose every row is left out so is not written.
- The leaders match by name can leave out a minister who shares a full name with a leader (none was seen), and can
  miss a leader whose name Archigos spells differently from Wikidata and who is not a head in the data.
- Citizenship is inferred from the office, not read from the data.`,
  };
}

/** The years of the kept countries' data dates ("2022 for all"). */
function asOfYears(mirror: string, kept: readonly Country[]): string {
  const years = new Set<string>();
  for (const country of kept) {
    const dir = snapshotDir(mirror, `${country.owner ?? 'every-politician-scrapers'}/${country.repo}`);
    years.add(fileDate(dir, headCommit(dir).commit, HOLDERS).slice(0, 4));
  }
  const list = [...years].sort();
  return list.length === 1 ? `${list[0] ?? ''} for all` : list.join(' to ');
}

/** The spot check of office dates against stored pages, done by hand; kept here so the notes stay reproducible. */
const SPOT_CHECK = `Ten people drawn at random (Python \`random.seed(2026)\`, \`random.sample(…, 10)\` of the entities with an
English Wikipedia source, from a draft of the pack before the \`minDays\` and Foreign-Secretary rules): Chung Hyun-back,
Kent Hehr, Ostap Semerak, Patrick Gorman, Tokozile Xasa, Carlos Minc, Helder Barbalho, Sloan D. Gibson, Tadahiro
Matsushita, Ronald Lamola: 14 terms, 24 dated values, each checked against stored pages (search corpus \`pages\`: an
English Wikipedia copy or infobox where stored, else government sites and news), one look-up per person.
- Classes: 13 of 14 right (Gorman's assistant ministry is a junior office); Gibson was the acting head of Veterans
  Affairs, not its secretary: this is what the \`minDays\` rule now leaves out (his row is gone).
- Dates: 17 agree (to the day, or to the month where the pages give no day: Minc, Semerak's 2014 end); 2 are wrong
  by more than a day: Xasa's end as tourism minister (data 2018-02-28, infobox 26 February 2018) and as sport minister
  (data 2019-05-29, infobox 25 May 2019), Wikidata's dates as the scraper read them; 5 could not be decided (Hehr's and
  Barbalho's ends, Semerak's 2019 end, Gibson's end: no stored page gives the day; Gorman's start: the stored
  Wikipedia copy gives 21 May 2022, the data 23 May, the day the interim ministry was sworn in).
- **Mismatch rate: 2 of 19 decided values (10.5 %)**, both days-off ends of one person, under the audit's rule (a
  day off is agreement). The rate on this sample is above the 2 % rule: **the pack needs its own audit**, as
  \`cabinets\` had; the systematic faults found while reviewing (state offices under national titles, cabinet dates
  given to ministers who left or came in between, India's Foreign Secretaries under a minister's title, acting US
  secretaries) are handled by the rules above, not by hand.
- Look-ups: 10 for the sample, 1 to look for a German cabinet scraper (none); 11 in all.`;

// ---------------------------------------------------------------------------------------------------------------
// Main.

function config(countries: readonly Country[], notesText: NotesText, leaders: Leaders): PackConfig {
  return {
    id: 'ministers',
    output: OUTPUT,
    notes: NOTES,
    command: 'npx tsx scripts/generate/ministers.ts [--mirror /work/.mirror]',
    title: {
      nl: 'Ministers buiten Europa',
      en: 'Ministers beyond the EU',
      fr: 'Ministres hors de l’UE',
      de: 'Minister außerhalb der EU',
    },
    description: {
      en: 'Government ministers since 2010 of the United States, Ukraine, Russia, Turkey, Israel and other countries outside the EU, the United Kingdom and Switzerland.',
      nl: 'Ministers sinds 2010 van de Verenigde Staten, Oekraïne, Rusland, Turkije, Israël en andere landen buiten de EU, het Verenigd Koninkrijk en Zwitserland.',
      fr: 'Ministres depuis 2010 des États-Unis, de l’Ukraine, de la Russie, de la Turquie, d’Israël et d’autres pays hors de l’UE, du Royaume-Uni et de la Suisse.',
      de: 'Minister seit 2010 der Vereinigten Staaten, der Ukraine, Russlands, der Türkei, Israels und weiterer Länder außerhalb der EU, des Vereinigten Königreichs und der Schweiz.',
    },
    countries,
    corrections: CORRECTIONS,
    // The cabinets pack ships (assets/packs/), so it is read as a bundled one.
    staged: [],
    latinNames: true,
    leaveOut: (person) => ownedBy(leaders, person),
    text: notesText,
  };
}

function main(): void {
  const mirror = argument('--mirror', '/work/.mirror');
  const leaders = readLeaders(mirror);
  const placeholder = text(leaders, mirror, COUNTRIES, [], []);
  // First pass, nothing written: people per country, to take countries whole in priority order up to the target.
  const all = generate(config(COUNTRIES, placeholder, leaders), mirror, false);
  const kept: Country[] = [];
  const left: { country: Country; people: number }[] = [];
  let total = 0;
  for (const country of COUNTRIES) {
    const people = all.perCountry.get(country.repo) ?? 0;
    if (left.length === 0 && total + people <= TARGET + SLACK) {
      kept.push(country);
      total += people;
    } else left.push({ country, people });
  }
  // Heads in the data whom neither leader source names (their ministerial offices stay; for the notes).
  const written = new Set(all.qids);
  const headsKept = [...leaders.heads.entries()]
    .filter(([qid, h]) => written.has(qid) && kept.some((c) => c.repo === h.repo))
    .map(([qid, h]) => `${h.name} (${qid}, ${h.title}, ${h.repo})`)
    .sort();
  generate(config(kept, text(leaders, mirror, kept, left, headsKept), leaders), mirror, true);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
