/**
 * `npx tsx scripts/generate/leaders.ts [--mirror /work/.mirror]`: generates assets/packs/leaders.json (pack
 * `leaders`, "Heads of state and government") and its notes (assets/packs/curation/leaders.notes.md, next to the
 * audit leaders.audit.md): the heads of state and heads of
 * government of every country since 2000 (issue #18), read with git from fetched snapshots (no work tree, no
 * network, no clock).
 *
 * Inputs (every file read at the snapshot's HEAD; commits, dates and licences are written to the notes):
 *  - The country scrapers of every-politician-scrapers (one repository per country, listed in `REPOS`), the "PCB"
 *    build that scripts/generate/cabinets.ts also reads: html/holders21.csv (office, person, Wikidata id, start,
 *    end; Wikidata's position-held statements ending in 2000 or later), html/bio.csv (name, gender, English
 *    Wikipedia title), wikidata/wanted-positions.csv (the offices followed, with short titles),
 *    wikidata/results/current-cabinet.csv and sources/official/wikidata.csv (who held office at the snapshot). The
 *    main source, for its full dates. Wikidata query results: CC0 1.0.
 *  - every-politician-scrapers/world-leaders-2021: data/wikidata.csv (every country's offices that Wikidata marks
 *    as its head of state's or head of government's, P1906/P1313, with their holders of 2021–2022, dates as years),
 *    read at every commit of the file; data/wikipedia.csv (Wikipedia's list of current leaders of October 2022,
 *    scraped with the Wikidata ids of its links: the holders' English Wikipedia titles and who was in office). Used (1) to tell
 *    which offices of a scraper are head-of-state or head-of-government offices, (2) to confirm or close terms the
 *    scrapers show open, (3) for the holders of offices no scraper follows (Germany, Iceland, Colombia, Peru,
 *    Thailand, Namibia, Samoa …). CC0 1.0 (Wikidata).
 *  - globalgov/manystates: data-raw/leaders/archigos/arch_annual.txt (Archigos 4.1, Goemans, Gleditsch & Chiozza:
 *    the effective leader of each state to 2015) and data-raw/states/COW/states2016.csv (its country codes). CC BY
 *    4.0 (the package's LICENSE.md). Used only to cross-check: nothing from it is written into the pack (its names
 *    are mostly surnames and it does not name the office); the notes list which Archigos spells since 2000 the
 *    pack's data confirms and which it lacks.
 *
 * Selected: every person who held a head-of-state or head-of-government office of a country of the world pack in a
 * term that ended on or after 2000-01-01 or is still open. An office counts when world-leaders-2021 lists it for a
 * country at any commit, or when it is in `EXTRA_OFFICES` (offices abolished or renamed before 2021: the King of
 * Nepal, the Prime Minister of Kenya 2008–2013 …), unless it is in `EXCLUDED_OFFICES` (governors-general, who stand
 * for the monarch; sub-national and unrecognised entities; the French president as co-prince of Andorra, who is
 * counted under France; Swiss Federal Council members, who are in the cabinets pack). People already in another
 * bundled pack (assets/packs/*.json but this pack's own output), by Wikidata id, English Wikipedia page or name, are
 * not written again (listed in the notes with their ids). Staged packs (assets/packs-next/) are not read: they may
 * never ship, so a person this shipped pack leaves out must be in a shipped pack.
 *
 * Statements: occupation politician (monarch for the holders of monarchical offices, none for the clergy who head
 * the Holy See and co-rule Andorra), sex or gender where the data gives it, citizenship (the country of the office,
 * inferred as in the cabinets pack), one position-held per office and continuous term (terms of one office that
 * touch, overlap or follow within 7 days are merged), dated as the data dates it. Open terms are kept only when
 * world-leaders-2021 (its Wikidata file or its copy of Wikipedia's list) or the scraper's current-government lists
 * show the person in office; where world-leaders-2021 later gives the term an end year, that year is its end.
 * Afghanistan's Supreme Leader office counts from 2021 (`OFFICE_FROM`); records found wrong are left out
 * (`EXCLUDED_RECORDS`: Mullah Omar's premiership, al-Mashat's presidency, and after the audit the Iraqi Governing
 * Council's monthly presidencies of 2003–2004 filed as Prime Minister of Iraq, Mujezinović's Federation premiership
 * filed under the state office, a duplicate Wikidata item of Terbishdagva); dates found wrong are corrected to the
 * date the page cited beside each gives (`CORRECTIONS`, from the audit). Labels: the data's name in all four languages, English only for names with an English
 * title ("Pope Francis"). Offices are the bundled classes where the office is the
 * same, else classes made here per country ("President of X", "Prime Minister of X", "King of X" …).
 *
 * Left out (and listed in the notes): terms ending before 2000, open terms no list confirms, terms whose end is
 * before their start, people without a name, ids taken, and every Archigos-only leader.
 * Helpers copied from scripts/generate/cabinets.ts (which exports none): cleanDate, latest, mergeTerms, continues,
 * daysBetween, repairCrossProduct, wikipediaUrl, commonName and the shape of readKnown.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../src/core/kb/schema';
import { fileDate, gitShow, parseTable, parseTsv, slugify } from '../worklist/lib';
import { deDative, deOf, enCountry, frOf, nlCountry } from './lib/grammar';
import { writePack } from './lib/pack';
import {
  aliasText,
  argument,
  byStartThenClass,
  cleanDate,
  commonName,
  DATE,
  daysBetween,
  earliest,
  entityNames,
  finishEntities,
  latest,
  markContextLabels,
  MERGE_GAP_DAYS,
  mergeTerms,
  office,
  readPackFiles,
  usedClassesOf,
  repairCrossProduct,
  snapshotHead,
  wikipediaUrl,
  wikiTitleOf,
} from './lib/every-politician';
import { kebabId, nameKey } from './lib/text';

const OWNER = 'every-politician-scrapers';
const WL_REPO = `${OWNER}/world-leaders-2021`;
const WL_FILE = 'data/wikidata.csv';
const WL_WIKI = 'data/wikipedia.csv';
const ARCHIGOS_REPO = 'globalgov/manystates';
const ARCHIGOS_FILE = 'data-raw/leaders/archigos/arch_annual.txt';
const COW_FILE = 'data-raw/states/COW/states2016.csv';
const OUTPUT = 'assets/packs/leaders.json';
const NOTES = 'assets/packs/curation/leaders.notes.md';
const BUNDLED_DIR = 'assets/packs';
const WORLD = 'assets/packs/world.json';
const WORKLIST_DIR = 'assets/worklist';
const REVIEWED = '2026-12-05';
const LICENSE = 'CC0 1.0';
/** A term is in when it ended on or after this day (or is open). */
const SINCE = '2000-01-01';
const HOLDERS = 'html/holders21.csv';
const BIO = 'html/bio.csv';
const WANTED = 'wikidata/wanted-positions.csv';
const CURRENT_CABINET = 'wikidata/results/current-cabinet.csv';
const OFFICIAL = 'sources/official/wikidata.csv';
const LANGS: readonly Lang[] = ['nl', 'en', 'fr', 'de'];

// ---------------------------------------------------------------------------------------------------------------
// Countries: the scraper repositories (under every-politician-scrapers) and the world pack's id of their country.
// Not listed (no head-of-state or head-of-government office, or not a country): donetsk, eu-cabinets,
// european-parliament, scotland-cabinet, wales-cabinet, us-governors, world, shared, world-leaders-2021.

const REPOS: Record<string, string> = {
  afghanistan: 'afghanistan',
  'albania-cabinet': 'albania',
  'algeria-cabinet': 'algeria',
  'andorra-cabinet': 'andorra',
  angola: 'angola',
  'antigua-barbuda-ministers': 'antigua-and-barbuda',
  'argentina-ministers': 'argentina',
  'armenia-ministers': 'armenia',
  'australia-cabinet': 'australia',
  'austria-cabinet': 'austria',
  'azerbaijan-cabinet': 'azerbaijan',
  'bahamas-cabinet': 'bahamas',
  bahrain: 'bahrain',
  'bangladesh-ministers': 'bangladesh',
  'barbados-cabinet': 'barbados',
  'belarus-ministers': 'belarus',
  'belgium-cabinet': 'belgium',
  'belize-ministers': 'belize',
  'benin-ministers': 'benin',
  'bhutan-ministers': 'bhutan',
  'bolivia-ministers': 'bolivia',
  'bosnia-herzegovina-ministers': 'bosnia-and-herzegovina',
  'botswana-ministers': 'botswana',
  'brazil-ministers': 'brazil',
  'brunei-ministers': 'brunei',
  'bulgaria-cabinet': 'bulgaria',
  'burkina-faso': 'burkina-faso',
  'burundi-ministers': 'burundi',
  'cabo-verde': 'cape-verde',
  cambodia: 'cambodia',
  cameroon: 'cameroon',
  'canada-cabinet': 'canada',
  'central-african-republic': 'central-african-republic',
  'chad-ministers': 'chad',
  'chile-ministers': 'chile',
  'china-ministers': 'china',
  comoros: 'comoros',
  'congo-brazzaville': 'republic-of-the-congo',
  'congo-kinshasa-ministers': 'dr-congo',
  'costa-rica': 'costa-rica',
  'croatia-ministers': 'croatia',
  cuba: 'cuba',
  'cyprus-cabinet': 'cyprus',
  'czech-ministers': 'czechia',
  'denmark-cabinet': 'denmark',
  'djibouti-ministers': 'djibouti',
  dominica: 'dominica',
  'dominican-republic': 'dominican-republic',
  'ecuador-ministers': 'ecuador',
  'egypt-ministers': 'egypt',
  'el-salvador-ministers': 'el-salvador',
  'equatorial-guinea': 'equatorial-guinea',
  'eritrea-ministers': 'eritrea',
  estonia: 'estonia',
  eswatini: 'eswatini',
  'ethiopia-ministers': 'ethiopia',
  'fiji-ministers': 'fiji',
  'finland-cabinet': 'finland',
  'france-cabinet': 'france',
  'gabon-ministers': 'gabon',
  'gambia-ministers': 'gambia',
  'georgia-ministers': 'georgia',
  'ghana-ministers': 'ghana',
  'greece-cabinet': 'greece',
  grenada: 'grenada',
  'guatemala-ministers': 'guatemala',
  guinea: 'guinea',
  'guinea-bissau': 'guinea-bissau',
  guyana: 'guyana',
  haiti: 'haiti',
  'honduras-ministers': 'honduras',
  'hungary-cabinet': 'hungary',
  'india-ministers': 'india',
  'indonesia-ministers': 'indonesia',
  'iran-ministers': 'iran',
  'iraq-ministers': 'iraq',
  'ireland-ministers': 'ireland',
  'israel-ministers': 'israel',
  'italy-ministers': 'italy',
  'ivory-coast': 'cote-d-ivoire',
  'jamaica-ministers': 'jamaica',
  'japan-ministers': 'japan',
  'jordan-ministers': 'jordan',
  'kazakhstan-cabinet': 'kazakhstan',
  kenya: 'kenya',
  'kiribati-ministers': 'kiribati',
  'kosovo-cabinet': 'kosovo',
  'kuwait-ministers': 'kuwait',
  'kyrgyzstan-ministers': 'kyrgyzstan',
  laos: 'laos',
  'latvia-cabinet': 'latvia',
  lebanon: 'lebanon',
  'lesotho-ministers': 'lesotho',
  'liberia-ministers': 'liberia',
  libya: 'libya',
  'liechtenstein-ministers': 'liechtenstein',
  lithuania: 'lithuania',
  'luxembourg-cabinet': 'luxembourg',
  'madagascar-ministers': 'madagascar',
  'malawi-ministers': 'malawi',
  'malaysia-ministers': 'malaysia',
  'maldives-ministers': 'maldives',
  mali: 'mali',
  'malta-ministers': 'malta',
  'marshall-islands-ministers': 'marshall-islands',
  mauritania: 'mauritania',
  'mauritius-ministers': 'mauritius',
  'mexico-ministers': 'mexico',
  'micronesia-ministers': 'micronesia',
  'moldova-ministers': 'moldova',
  'mongolia-ministers': 'mongolia',
  'montenegro-cabinet': 'montenegro',
  'morocco-ministers': 'morocco',
  mozambique: 'mozambique',
  'myanmar-ministers': 'myanmar',
  'nepal-ministers': 'nepal',
  'netherlands-cabinet': 'netherlands',
  'new-zealand-cabinet': 'new-zealand',
  nicaragua: 'nicaragua',
  'niger-ministers': 'niger',
  nigeria: 'nigeria',
  'north-korea': 'north-korea',
  'north-macedonia-ministers': 'north-macedonia',
  'norway-cabinet': 'norway',
  oman: 'oman',
  'pakistan-ministers': 'pakistan',
  palau: 'palau',
  palestine: 'palestine',
  'panama-ministers': 'panama',
  'papua-new-guinea': 'papua-new-guinea',
  'paraguay-ministers': 'paraguay',
  'philippines-ministers': 'philippines',
  'poland-cabinet': 'poland',
  'portugal-cabinet': 'portugal',
  'qatar-ministers': 'qatar',
  'romania-cabinet': 'romania',
  'russia-cabinet': 'russia',
  'rwanda-ministers': 'rwanda',
  'san-marino-ministers': 'san-marino',
  'sao-tome-and-principe': 'sao-tome-and-principe',
  'saudi-ministers': 'saudi-arabia',
  'senegal-ministers': 'senegal',
  'serbia-ministers': 'serbia',
  'sierra-leone': 'sierra-leone',
  'singapore-ministers': 'singapore',
  'slovakia-cabinet': 'slovakia',
  'slovenia-cabinet': 'slovenia',
  'solomons-ministers': 'solomon-islands',
  'somalia-cabinet': 'somalia',
  'south-africa-cabinet': 'south-africa',
  'south-korea-ministers': 'south-korea',
  'south-sudan': 'south-sudan',
  'spain-ministers': 'spain',
  'sri-lanka-cabinet': 'sri-lanka',
  'st-kitts-and-nevis-cabinet': 'saint-kitts-and-nevis',
  'st-lucia-cabinet': 'saint-lucia',
  'st-vincent-and-the-grenadines': 'saint-vincent-and-the-grenadines',
  sudan: 'sudan',
  suriname: 'suriname',
  'sweden-cabinet': 'sweden',
  'swiss-federal-council': 'switzerland',
  syria: 'syria',
  taiwan: 'taiwan',
  'tajikistan-ministers': 'tajikistan',
  'tanzania-ministers': 'tanzania',
  'timor-leste-ministers': 'timor-leste',
  togo: 'togo',
  'tonga-ministers': 'tonga',
  'trinidad-and-tobago-cabinet': 'trinidad-and-tobago',
  'tunisia-ministers': 'tunisia',
  'turkey-ministers': 'turkey',
  turkmenistan: 'turkmenistan',
  'tuvalu-ministers': 'tuvalu',
  'uae-ministers': 'united-arab-emirates',
  'uganda-ministers': 'uganda',
  'ukraine-cabinet': 'ukraine',
  'united-kingdom-cabinet': 'united-kingdom',
  'uruguay-ministers': 'uruguay',
  'us-cabinet': 'united-states',
  'uzbekistan-ministers': 'uzbekistan',
  'vanuatu-cabinet': 'vanuatu',
  venezuela: 'venezuela',
  vietnam: 'vietnam',
  yemen: 'yemen',
  'zambia-ministers': 'zambia',
  zimbabwe: 'zimbabwe',
};

// ---------------------------------------------------------------------------------------------------------------
// Offices.

/**
 * Head-of-state and head-of-government offices the scrapers follow that world-leaders-2021 does not list (it lists
 * the offices of 2021–2022 only): abolished, renamed or held by a junta or transitional body.
 */
const EXTRA_OFFICES: Record<string, string> = {
  Q108130107: 'Supreme Leader of Afghanistan (Taliban government, 2021–)',
  Q1140706: 'President of Afghanistan',
  Q532240: 'Prime Minister of Afghanistan',
  Q20706562: 'Prime Minister of Angola (abolished 2010)',
  Q30148243: 'Prime Minister of Benin',
  Q848335: 'Chairman of the Presidency of Bosnia and Herzegovina (the collective head of state)',
  Q3245472: 'Prime Minister of Brunei (held by the sultan)',
  Q20995488: 'President of Burkina Faso',
  Q28133105: 'Prime Minister of Burkina Faso',
  Q20849513: 'Prime Minister of Chad',
  Q52995381: 'Prime Minister of the Comoros',
  Q101070183: 'Prime Minister and Minister of the Interior of Egypt',
  Q3657870: 'Prime Minister of Ghana',
  Q28015517: 'President of Guinea',
  Q3290543: 'President of Haiti',
  Q13561063: 'Prime Minister of Iran',
  Q3401763: 'Prime Minister of Côte d’Ivoire',
  Q2736951: 'Prime Minister of Kenya (2008–2013)',
  Q58869896: 'Prime Minister of Liechtenstein',
  Q113669206: 'Chairman of the National Committee for the Salvation of the People (Mali, 2020–2021)',
  Q19700527: 'King of Nepal (monarchy abolished 2008)',
  Q1139938: 'Prime Minister of the Philippines',
  Q2344709: 'Prime Minister of the Palestinian National Authority',
  Q530785: 'Prime Minister of Senegal',
  Q15407843: 'Prime Minister of South Korea',
  Q1758894: 'Prime Minister of Sri Lanka',
  Q14948193: 'President of Sudan',
  Q63107773: 'Chairman of the Transitional Military Council of Sudan (2019)',
  Q112675151: 'Chairman of the Sovereignty Council of Sudan (2019–)',
  Q688230: 'President of the Swiss Confederation',
  Q16147875: 'Prime Minister of Tanzania',
  Q2430415: 'Prime Minister of Turkey (abolished 2018)',
  Q19056226: 'Prime Minister of Zimbabwe (2009–2013)',
  Q3276071: 'Grand Duke of Luxembourg',
};

/** Offices left out though world-leaders-2021 lists them, and why (by Wikidata id, or "scraper:id" for one scraper). */
const EXCLUDED_OFFICES: Record<string, string> = {
  Q602280: 'Governor-General of Antigua and Barbuda: stands for the monarch, not the head of state',
  Q1472951: 'Governor-General of Jamaica: stands for the monarch, not the head of state',
  Q11811941:
    'Member of the Swiss Federal Council: the collective head of state; its members are in the cabinets pack',
  Q6594693: 'President of Republika Srpska: a sub-national entity',
  'andorra-cabinet:Q191954':
    'President of France as French Co-Prince of Andorra (andorra-cabinet only): counted under France, not as a second office',
  Q19808845: 'French co-prince of Andorra: the President of France, counted under France',
  Q1402561: 'military leader (Burkina Faso): a generic item, not an office',
  Q248577: 'President of the Republic (Guinea): a generic item; its one holder is Mali’s president',
  Q166382:
    'emir (Islamic Emirate of Afghanistan): a generic item whose holders are of other countries and centuries',
  Q14212: 'prime minister (Republika Srpska): a generic item, sub-national',
  Q2081829:
    'Amir al-Mu’minin (Afghanistan): dated from 2016, when Hibatullah Akhundzada became the Taliban’s leader, not the head of state; the scraper’s Supreme Leader office (from 2021) is used',
};

/**
 * Offices counted as a head of state's only from a year on: terms ending before it are left out, terms starting
 * before it start in it. The Afghanistan scraper's Supreme Leader item carries the Taliban's leaders since 2015; it
 * is the head of state's office from the Taliban's return in 2021, the year Wikipedia's list of current leaders
 * (world-leaders-2021 data/wikipedia.csv) gives Hibatullah Akhundzada.
 */
const OFFICE_FROM: Record<string, string> = { Q108130107: '2021' };

/**
 * Records left out although the data has them (person, scraper title, why): the office named is not the one the
 * other sources give the person. With `from`/`to`, only the person's rows of that title that start on or after
 * `from` and end on or before `to` are left out (their other terms of the office stay); with `qid` '*', every
 * person's rows of the title in that window.
 */
const EXCLUDED_RECORDS: readonly {
  repo?: string;
  qid: string;
  title: string;
  from?: string;
  to?: string;
  why: string;
}[] = [
  {
    // Audit of 2026-12-05 (assets/packs/curation/leaders.audit.md, finding C.1; fixes 2–4): stored copies of
    // en.wikipedia.org/wiki/Mohammad_Bahr_al-Uloom (infobox "President of the Governing Council of Iraq"),
    // schema-root.org, and on Masoud Barzani 911plus.org (Allawi, The Occupation of Iraq) and unitedjerusalem.org
    // (Reuters 2003-07-30: the nine leaders "would take turns, alphabetically and on a monthly basis, as head of the
    // Governing Council").
    repo: 'iraq-ministers',
    qid: '*',
    title: 'Prime Minister',
    from: '2003-07-13',
    to: '2004-06-01',
    why: 'the monthly rotating presidency of the Iraqi Governing Council (July 2003 – June 2004), which Wikidata files as Prime Minister of Iraq; the pages give these people as presidents of the council, not prime ministers (Allawi’s and al-Jaafari’s later premierships stay)',
  },
  {
    // Audit of 2026-12-05, finding C.2 (fix 5): parco.gov.ba (2009-06-25), a.osmarks.net (List of Prime Ministers of
    // the Federation of Bosnia and Herzegovina), avaz.ba.
    repo: 'bosnia-herzegovina-ministers',
    qid: 'Q1596641',
    title: 'Chairman of the Council of Ministers',
    why: 'Mustafa Mujezinović: the row copies his premiership of the Federation of Bosnia and Herzegovina (same dates, 2009-06-25 – 2011-03-17) under the state office, which Nikola Špirić held 2007–2012',
  },
  {
    // Audit of 2026-12-05, finding D: two Wikidata items for one man (Mongolia's acting prime minister of 2014); the
    // other item, Q9318440 (2014-11-06 – 2014-11-20), is kept and takes this item's name as an alias.
    repo: 'mongolia-ministers',
    qid: 'Q23061846',
    title: 'Prime Minister',
    why: 'Dendeviin Terbishdagva: a second Wikidata item for Dendev Terbishdagva (Q9318440, kept); its start, 2014-10-05, falls in Norovyn Altankhuyag’s premiership (to 2014-11-04), so the other item’s dates are kept',
  },
  {
    qid: 'Q52156087',
    title: 'President',
    why: 'Mahdi al-Mashat, head of the Houthis’ Supreme Political Council in Sana’a: the scraper files him as President of Yemen from 2018 (open), while Wikipedia’s list of current leaders (data/wikipedia.csv) names him head of the Supreme Political Council and Abdrabbuh Mansour Hadi, then Rashad al-Alimi, as president',
  },
  {
    qid: 'Q193968',
    title: 'Prime Minister',
    why: 'Mullah Omar: the scraper files him as Prime Minister of Afghanistan 1996–2001; stored copies of his Wikipedia page (piglix.com/piglix/Mullah_Omar, …/Mohammed_Omar) give him as head of the Supreme Council (emir), with Mohammad Rabbani, then Abdul Kabir, as prime minister',
  },
];

/**
 * Dates of the data corrected by hand (person, scraper title, which date, the data's value → the corrected one), each
 * to the date the page cited gives. From the audit of 2026-12-05 (assets/packs/curation/leaders.audit.md, table
 * "Wrong statements"); a correction that no longer matches a row of the data stops the build.
 */
const CORRECTIONS: readonly {
  repo: string;
  qid: string;
  title: string;
  field: 'start' | 'end';
  from: string;
  to: string;
  why: string;
}[] = [
  // Algirdas Butkevičius, Prime Minister of Lithuania: en.wikipedia.org/wiki/Algirdas_Butkevi%C4%8Dius (infobox
  // 26 Nov 2012 – 13 Dec 2016). 22 Nov 2012 is the Seimas's approval of the PM-designate. Additions audit (session 14).
  {
    repo: 'lithuania',
    qid: 'Q394006',
    title: 'Prime Minister',
    field: 'start',
    from: '2012-11-22',
    to: '2012-11-26',
    why: 'appointed on 26 November 2012 (22 November is the Seimas approving him as PM-designate)',
  },
  // Anerood Jugnauth, Prime Minister of Mauritius: en.wikipedia.org/wiki/Anerood_Jugnauth (infobox 17 Sep 2000 –
  // 30 Sep 2003); piglix.com/piglix/Sir_Anerood_Jugnauth. Audit fix 6.
  {
    repo: 'mauritius-ministers',
    qid: 'Q217566',
    title: 'Prime Minister',
    field: 'start',
    from: '2000-09-12',
    to: '2000-09-17',
    why: 'sworn in on 17 September 2000 (12 September is the day after the election)',
  },
  {
    repo: 'mauritius-ministers',
    qid: 'Q217566',
    title: 'Prime Minister',
    field: 'end',
    from: '2003-10-07',
    to: '2003-09-30',
    why: 'Paul Bérenger was prime minister from 30 September 2003 (7 October is Jugnauth’s first day as president)',
  },
  // Khurelsukh Ukhnaa, Prime Minister of Mongolia: en.wikipedia.org/wiki/Ukhnaagiin_Khürelsükh (infobox, to 27 Jan
  // 2021); it-Wikipedia copy (it.frwiki.wiki). Audit fix 1.
  {
    repo: 'mongolia-ministers',
    qid: 'Q27058418',
    title: 'Prime Minister',
    field: 'end',
    from: '2021-01-21',
    to: '2021-01-27',
    why: 'in office until his successor Oyun-Erdene took office on 27 January 2021 (21 January is the day he offered his resignation)',
  },
  // Khurelsukh Ukhnaa, President of Mongolia: en.wikipedia.org/wiki/Ukhnaagiin_Khürelsükh (infobox "Term Start:
  // 25 June 2021"); cryer.org.uk; planetrulers.com. Audit fix 8.
  {
    repo: 'mongolia-ministers',
    qid: 'Q27058418',
    title: 'President',
    field: 'start',
    from: '2021-07-10',
    to: '2021-06-25',
    why: 'inaugurated on 25 June 2021',
  },
  // Faustino Imbali, Prime Minister of Guinea-Bissau: en-Wikipedia copy (findatwiki.com), odemocratagb.com (decree
  // 13/2019 of 29 Oct 2019), tvi24.iol.pt (2019-10-29). Audit fix 7.
  {
    repo: 'guinea-bissau',
    qid: 'Q142540',
    title: 'Prime Minister',
    field: 'start',
    from: '2019-10-31',
    to: '2019-10-29',
    why: 'appointed by decree and sworn in on 29 October 2019',
  },
  // Paul Kaba Thieba, Prime Minister of Burkina Faso: de.wikipedia.org/wiki/Paul_Kaba_Thieba ("seit 6. Januar
  // 2016"); news.aouaga.com (AIB, "nommé mercredi", 6 Jan 2016). Audit fix 9.
  {
    repo: 'burkina-faso',
    qid: 'Q22043905',
    title: 'Prime Minister',
    field: 'start',
    from: '2016-01-13',
    to: '2016-01-06',
    why: 'appointed on 6 January 2016 (13 January is about when his cabinet was named)',
  },
  // Boris Trajkovski, President of North Macedonia: en.wikipedia.org/wiki/Boris_Trajkovski (infobox 15 Dec 1999 –
  // 26 Feb 2004); enciclopedia-1.com (it-Wikipedia). Audit fix 10.
  {
    repo: 'north-macedonia-ministers',
    qid: 'Q237782',
    title: 'President',
    field: 'start',
    from: '1999-11-19',
    to: '1999-12-15',
    why: 'inaugurated on 15 December 1999 (19 November is the day the election result was confirmed; Savo Klimovski acted until then)',
  },
  // Found by the audit's neighbour check (finding D: Bayar has his successor's dates, al-Maliki starts a year after
  // al-Jaafari's end, Nhassé starts with Imbali's 2001 term), not in its sample; checked here with one look-up each.
  // Sanjaagiin Bayar, Prime Minister of Mongolia: en.wikipedia.org/wiki/Sanjiin_Bayar (infobox 22 Nov 2007 – 29 Oct
  // 2009; predecessor Enkhbold, successor Batbold); en.wikipedia.org/wiki/Sanjaagiin_Bayar?oldid=749069306.
  {
    repo: 'mongolia-ministers',
    qid: 'Q372131',
    title: 'Prime Minister',
    field: 'start',
    from: '2009-10-29',
    to: '2007-11-22',
    why: 'approved by parliament as prime minister on 22 November 2007 (the data gives his successor Batbold’s dates)',
  },
  {
    repo: 'mongolia-ministers',
    qid: 'Q372131',
    title: 'Prime Minister',
    field: 'end',
    from: '2012-08-10',
    to: '2009-10-29',
    why: 'replaced by Sükhbaataryn Batbold on 29 October 2009',
  },
  // Nouri al-Maliki, Prime Minister of Iraq: library.fora.tv/speaker/6722/Nouri_al-Maliki (cabinet "sworn in on May
  // 20, 2006"); answers.com ("became the Prime Minister on 2006 May 20"); ccc-2point0.com/2006-05-20.
  {
    repo: 'iraq-ministers',
    qid: 'Q57673',
    title: 'Prime Minister',
    field: 'start',
    from: '2007-05-20',
    to: '2006-05-20',
    why: 'sworn in with his cabinet on 20 May 2006, the day al-Jaafari’s term ends in the data',
  },
  // Alamara Nhassé, Prime Minister of Guinea-Bissau: de.wikipedia.org/wiki/Alamara_Nhassé ("am 9. Dezember 2001 das
  // Amt des Premierministers"; successor named 17 Nov 2002); franco.wiki (fr-Wikipedia copy, 9 Dec 2001 – 17 Nov
  // 2002); irinnews.org (2001-12-10).
  {
    repo: 'guinea-bissau',
    qid: 'Q1304073',
    title: 'Prime Minister',
    field: 'start',
    from: '2001-03-21',
    to: '2001-12-09',
    why: 'succeeded Faustino Imbali on 9 December 2001 (21 March 2001 is the start of Imbali’s term)',
  },
];

/**
 * Names the data also gives a person (the label of a duplicate Wikidata item left out above), as aliases; and
 * spellings the press uses that no input has (Libération writes Q57371 "Ilham Aliev": its portrait of 2024-11-08,
 * a stored page).
 */
const EXTRA_ALIASES: Record<string, string[]> = {
  Q9318440: ['Dendeviin Terbishdagva'],
  Q57371: ['Ilham Aliev'],
};

/** Offices of world-leaders-2021 that no scraper follows, read from it alone: the world pack's id of the country. */
const WL_ONLY_OFFICES: Record<string, string> = {
  Q19808790: 'andorra',
  Q14931512: 'australia',
  Q26869644: 'barbados',
  Q19056310: 'botswana',
  Q853475: 'colombia',
  Q25223: 'germany',
  Q4970706: 'germany',
  Q19188924: 'iceland',
  Q19190022: 'iceland',
  Q20204943: 'afghanistan',
  Q246932: 'kuwait',
  Q113956811: 'luxembourg',
  Q1655971: 'monaco',
  Q2457774: 'monaco',
  Q23747483: 'myanmar',
  Q887124: 'myanmar',
  Q1333976: 'namibia',
  Q647198: 'namibia',
  Q628102: 'nauru',
  Q5708511: 'peru',
  Q1258128: 'samoa',
  Q1277355: 'samoa',
  Q18463915: 'seychelles',
  Q65118322: 'sierra-leone',
  Q12376089: 'thailand',
  Q27330121: 'thailand',
  Q19546: 'vatican-city',
  Q2387238: 'vatican-city',
};

type Kind =
  | 'president'
  | 'pm'
  | 'premier'
  | 'monarch'
  | 'emir'
  | 'sultan'
  | 'prince'
  | 'grand-duke'
  | 'captain-regent'
  | 'supreme-leader';

/** An office: a template kind (a class per country), a bundled class, or a class written out here. */
type OfficeRef = { kind: Kind } | { bundled: string } | { custom: string };

/** Offices by Wikidata id where the title alone does not say it. */
const OFFICE_BY_QID: Record<string, OfficeRef> = {
  Q1006398: { bundled: 'chancellor-of-austria' },
  Q4970706: { bundled: 'chancellor-of-germany' },
  Q191827: { bundled: 'taoiseach' },
  Q208233: { bundled: 'emperor-of-japan' },
  Q688230: { bundled: 'president-of-the-swiss-confederation' },
  Q4122271: { bundled: 'premier-of-china' },
  Q848335: { custom: 'chairman-of-the-presidency-of-bosnia-and-herzegovina' },
  Q16020744: { custom: 'chairman-of-the-council-of-ministers-of-bosnia-and-herzegovina' },
  Q102181806: { custom: 'chairman-of-the-presidential-council-of-libya' },
  Q56295070: { custom: 'chief-minister-of-sierra-leone' },
  Q65118322: { custom: 'chief-minister-of-sierra-leone' },
  Q63107773: { custom: 'chairman-of-the-transitional-military-council-of-sudan' },
  Q112675151: { custom: 'chairman-of-the-sovereignty-council-of-sudan' },
  Q113669206: { custom: 'chairman-of-the-national-committee-for-the-salvation-of-the-people' },
  Q20204943: { custom: 'chief-executive-of-afghanistan' },
  Q1655971: { custom: 'minister-of-state-of-monaco' },
  Q19808790: { custom: 'episcopal-co-prince-of-andorra' },
  Q23747483: { custom: 'state-counsellor-of-myanmar' },
  Q1258128: { custom: 'head-of-state-of-samoa' },
  Q19546: { custom: 'pope' },
  Q2387238: { custom: 'president-of-the-pontifical-commission-for-vatican-city-state' },
  Q42719346: { custom: 'monarch-of-bahrain' },
  Q174156: { custom: 'king-of-malaysia' },
  Q113956811: { kind: 'grand-duke' },
  Q246932: { kind: 'emir' },
  Q2457774: { kind: 'prince' },
  Q27330121: { kind: 'monarch' },
  Q14931512: { kind: 'monarch' },
  Q26869644: { kind: 'monarch' },
};

/** The office kind a scraper's or world-leaders-2021's title names, or null. */
function kindOfTitle(title: string): Kind | null {
  if (/^(President|president|Beretitenti)\b/.test(title)) return 'president';
  if (
    /^(Prime Minister|Prime minister)\b|^Chairman of the Cabinet of Ministers \(Prime Minister\)$/.test(title)
  )
    return 'pm';
  if (/^Premier\b/.test(title)) return 'premier';
  if (/^(King|monarch|Monarch|Druk Gyalpo|Ngwenyama)\b/.test(title)) return 'monarch';
  if (/^(Emir|emir)\b/.test(title)) return 'emir';
  if (/^Sultan\b/.test(title)) return 'sultan';
  if (/^Prince\b/.test(title)) return 'prince';
  if (/^Grand Duke\b/.test(title)) return 'grand-duke';
  if (/^Captain Regent\b/.test(title)) return 'captain-regent';
  if (/^Supreme Leader\b/.test(title)) return 'supreme-leader';
  return null;
}

/** Kinds whose holders are monarchs (occupation monarch). */
const MONARCHICAL = new Set<Kind>(['monarch', 'emir', 'sultan', 'prince', 'grand-duke']);
const MONARCHICAL_CLASSES = new Set([
  'emperor-of-japan',
  'king-of-the-belgians',
  'king-of-spain',
  'king-of-sweden',
  'king-of-norway',
  'king-of-saudi-arabia',
  'monarch-of-the-netherlands',
  'monarch-of-the-united-kingdom',
  'monarch-of-bahrain',
  'king-of-malaysia',
]);
/** Offices held by clergy: no occupation is stated. */
const CLERGY_CLASSES = new Set([
  'pope',
  'episcopal-co-prince-of-andorra',
  'president-of-the-pontifical-commission-for-vatican-city-state',
]);

/** Bundled classes of the same office under another id than the template's. */
const BUNDLED_ALIASES: Record<string, string> = {
  'monarch-of-belgium': 'king-of-the-belgians',
  'monarch-of-spain': 'king-of-spain',
  'monarch-of-sweden': 'king-of-sweden',
  'monarch-of-norway': 'king-of-norway',
  'monarch-of-saudi-arabia': 'king-of-saudi-arabia',
};

interface Words {
  en: string;
  enF?: string;
  nl: string;
  nlF?: string;
  fr: string;
  frF?: string;
  de: string;
  deF?: string;
  /** German "of": the genitive ("Präsident Ghanas") or "von" ("König von Dänemark"). */
  deOf: 'gen' | 'von';
  /** French "of" of a royal title: no article before a feminine name ("roi de Jordanie", "roi du Maroc"). */
  royal?: boolean;
  id: string;
}

const WORDS: Record<Kind, Words> = {
  president: {
    id: 'president',
    en: 'President',
    nl: 'president',
    fr: 'président',
    frF: 'présidente',
    de: 'Präsident',
    deF: 'Präsidentin',
    deOf: 'gen',
  },
  pm: {
    id: 'prime-minister',
    en: 'Prime Minister',
    nl: 'premier',
    fr: 'Premier ministre',
    frF: 'Première ministre',
    de: 'Ministerpräsident',
    deF: 'Ministerpräsidentin',
    deOf: 'gen',
  },
  premier: {
    id: 'premier',
    en: 'Premier',
    nl: 'premier',
    fr: 'Premier ministre',
    frF: 'Première ministre',
    de: 'Ministerpräsident',
    deF: 'Ministerpräsidentin',
    deOf: 'gen',
  },
  monarch: {
    id: 'monarch',
    en: 'King',
    enF: 'Queen',
    nl: 'koning',
    nlF: 'koningin',
    fr: 'roi',
    frF: 'reine',
    de: 'König',
    deF: 'Königin',
    deOf: 'von',
    royal: true,
  },
  emir: { id: 'emir', en: 'Emir', nl: 'emir', fr: 'émir', de: 'Emir', deOf: 'von', royal: true },
  sultan: { id: 'sultan', en: 'Sultan', nl: 'sultan', fr: 'sultan', de: 'Sultan', deOf: 'von', royal: true },
  prince: { id: 'prince', en: 'Prince', nl: 'vorst', fr: 'prince', de: 'Fürst', deOf: 'von', royal: true },
  'grand-duke': {
    id: 'grand-duke',
    en: 'Grand Duke',
    enF: 'Grand Duchess',
    nl: 'groothertog',
    nlF: 'groothertogin',
    fr: 'grand-duc',
    frF: 'grande-duchesse',
    de: 'Großherzog',
    deF: 'Großherzogin',
    deOf: 'von',
    royal: true,
  },
  'captain-regent': {
    id: 'captain-regent',
    en: 'Captain Regent',
    nl: 'kapitein-regent',
    fr: 'capitaine-régent',
    frF: 'capitaine-régente',
    de: 'Capitano Reggente',
    deOf: 'von',
    royal: true,
  },
  'supreme-leader': {
    id: 'supreme-leader',
    en: 'Supreme Leader',
    nl: 'opperste leider',
    fr: 'guide suprême',
    de: 'Oberster Führer',
    deOf: 'gen',
  },
};

/** German genitive of a country name ("Ghanas", "der Türkei", "des Irak", "der Niederlande", "von Laos"). */
const DE_GENITIVE: Record<string, string> = {
  GB: 'des Vereinigten Königreichs',
  US: 'der Vereinigten Staaten',
  AE: 'der Vereinigten Arabischen Emirate',
  VC: 'von St. Vincent und den Grenadinen',
};
function deGenitive(code: string, label: string): string {
  const fixed = DE_GENITIVE[code];
  if (fixed) return fixed;
  const dative = deDative(code, label);
  if (dative.startsWith('den ')) return `der ${label}`;
  if (dative.startsWith('der ')) return dative;
  if (dative.startsWith('dem ')) return `des ${label}`;
  if (/[sßxz]$/.test(label)) return `von ${label}`;
  return `${label}s`;
}

/** "Sultan von Oman", not "vom Oman"; "grand-duc de Luxembourg", "prince de Liechtenstein". */
const LABEL_FIXES: Record<string, Partial<Record<Lang, string>>> = {
  'sultan-of-oman': { de: 'Sultan von Oman' },
  'grand-duke-of-luxembourg': { fr: 'grand-duc de Luxembourg' },
  'prince-of-liechtenstein': { fr: 'prince de Liechtenstein' },
};

interface WorldCountry {
  id: string;
  code: string;
  labels: Record<Lang, string>;
}

/** French "of" + name where the grammar's rule does not give the press's form; German names in titles. */
const FR_OF_FIXES: Record<string, string> = { HT: "d'Haïti", AD: "d'Andorre" };
const DE_NAME_FIXES: Record<string, string> = { BN: 'Brunei' };

function templateClass(kind: Kind, w: WorldCountry): PackClass {
  const words = WORDS[kind];
  const enOf = enCountry(w.code, w.labels.en);
  const nlOf = nlCountry(w.code, w.labels.nl);
  let fr = FR_OF_FIXES[w.code] ?? frOf(w.code, w.labels.fr);
  if (words.royal) fr = fr.replace(/^de la /, 'de ').replace(/^de l'/, "d'");
  const deName = DE_NAME_FIXES[w.code] ?? w.labels.de;
  const de = words.deOf === 'gen' ? deGenitive(w.code, deName) : deOf(w.code, deName);
  const id = `${words.id}-of-${kebabId(enOf)}`;
  const fix = LABEL_FIXES[id] ?? {};
  const labels: Record<Lang, string> = {
    nl: fix.nl ?? `${words.nl} van ${nlOf}`,
    en: fix.en ?? `${words.en} of ${enOf}`,
    fr: fix.fr ?? `${words.fr} ${fr}`,
    de: fix.de ?? `${words.de} ${de}`,
  };
  const female: Partial<Record<Lang, string>> = {};
  if (words.enF) female.en = labels.en.replace(words.en, words.enF);
  if (words.nlF) female.nl = labels.nl.replace(words.nl, words.nlF);
  if (words.frF) female.fr = labels.fr.replace(words.fr, words.frF);
  if (words.deF) female.de = labels.de.replace(words.de, words.deF);
  return office(id, labels, female);
}

/** Offices written out by hand: the world pack's country and the class. */
const CUSTOM: Record<string, { world: string; klass: PackClass }> = {
  'chairman-of-the-presidency-of-bosnia-and-herzegovina': {
    world: 'bosnia-and-herzegovina',
    klass: office(
      'chairman-of-the-presidency-of-bosnia-and-herzegovina',
      {
        nl: 'voorzitter van het presidium van Bosnië en Herzegovina',
        en: 'Chairman of the Presidency of Bosnia and Herzegovina',
        fr: 'président de la présidence de Bosnie-Herzégovine',
        de: 'Vorsitzender des Staatspräsidiums von Bosnien und Herzegowina',
      },
      {
        fr: 'présidente de la présidence de Bosnie-Herzégovine',
        de: 'Vorsitzende des Staatspräsidiums von Bosnien und Herzegowina',
      },
    ),
  },
  'chairman-of-the-council-of-ministers-of-bosnia-and-herzegovina': {
    world: 'bosnia-and-herzegovina',
    klass: office(
      'chairman-of-the-council-of-ministers-of-bosnia-and-herzegovina',
      {
        nl: 'voorzitter van de ministerraad van Bosnië en Herzegovina',
        en: 'Chairman of the Council of Ministers of Bosnia and Herzegovina',
        fr: 'président du Conseil des ministres de Bosnie-Herzégovine',
        de: 'Vorsitzender des Ministerrats von Bosnien und Herzegowina',
      },
      {
        fr: 'présidente du Conseil des ministres de Bosnie-Herzégovine',
        de: 'Vorsitzende des Ministerrats von Bosnien und Herzegowina',
      },
    ),
  },
  'chairman-of-the-presidential-council-of-libya': {
    world: 'libya',
    klass: office(
      'chairman-of-the-presidential-council-of-libya',
      {
        nl: 'voorzitter van de Presidentiële Raad van Libië',
        en: 'Chairman of the Presidential Council of Libya',
        fr: 'président du Conseil présidentiel libyen',
        de: 'Vorsitzender des Präsidialrats Libyens',
      },
      { fr: 'présidente du Conseil présidentiel libyen', de: 'Vorsitzende des Präsidialrats Libyens' },
    ),
  },
  'chief-minister-of-sierra-leone': {
    world: 'sierra-leone',
    klass: office('chief-minister-of-sierra-leone', {
      nl: 'chief minister van Sierra Leone',
      en: 'Chief Minister of Sierra Leone',
      fr: 'ministre en chef de la Sierra Leone',
      de: 'Chief Minister von Sierra Leone',
    }),
  },
  'chairman-of-the-transitional-military-council-of-sudan': {
    world: 'sudan',
    klass: office('chairman-of-the-transitional-military-council-of-sudan', {
      nl: 'voorzitter van de Militaire Overgangsraad van Soedan',
      en: 'Chairman of the Transitional Military Council of Sudan',
      fr: 'président du Conseil militaire de transition du Soudan',
      de: 'Vorsitzender des Militärischen Übergangsrats des Sudan',
    }),
  },
  'chairman-of-the-sovereignty-council-of-sudan': {
    world: 'sudan',
    klass: office('chairman-of-the-sovereignty-council-of-sudan', {
      nl: 'voorzitter van de Soevereine Raad van Soedan',
      en: 'Chairman of the Sovereignty Council of Sudan',
      fr: 'président du Conseil de souveraineté du Soudan',
      de: 'Vorsitzender des Souveränitätsrats des Sudan',
    }),
  },
  'chairman-of-the-national-committee-for-the-salvation-of-the-people': {
    world: 'mali',
    klass: office('chairman-of-the-national-committee-for-the-salvation-of-the-people', {
      nl: 'voorzitter van het Nationaal Comité voor de Redding van het Volk (Mali)',
      en: 'Chairman of the National Committee for the Salvation of the People (Mali)',
      fr: 'président du Comité national pour le salut du peuple (Mali)',
      de: 'Vorsitzender des Nationalkomitees für die Rettung des Volkes (Mali)',
    }),
  },
  'chief-executive-of-afghanistan': {
    world: 'afghanistan',
    klass: office('chief-executive-of-afghanistan', {
      nl: 'chief executive van Afghanistan',
      en: 'Chief Executive of Afghanistan',
      fr: "chef de l'exécutif de l'Afghanistan",
      de: 'Regierungsgeschäftsführer Afghanistans',
    }),
  },
  'minister-of-state-of-monaco': {
    world: 'monaco',
    klass: office(
      'minister-of-state-of-monaco',
      {
        nl: 'minister van Staat van Monaco',
        en: 'Minister of State of Monaco',
        fr: "ministre d'État de Monaco",
        de: 'Staatsminister von Monaco',
      },
      { de: 'Staatsministerin von Monaco' },
    ),
  },
  'episcopal-co-prince-of-andorra': {
    world: 'andorra',
    klass: office('episcopal-co-prince-of-andorra', {
      nl: 'bisschoppelijk covorst van Andorra',
      en: 'Episcopal Co-Prince of Andorra',
      fr: "coprince épiscopal d'Andorre",
      de: 'bischöflicher Kofürst von Andorra',
    }),
  },
  'state-counsellor-of-myanmar': {
    world: 'myanmar',
    klass: office(
      'state-counsellor-of-myanmar',
      {
        nl: 'staatsadviseur van Myanmar',
        en: 'State Counsellor of Myanmar',
        fr: "conseiller pour l'État de Birmanie",
        de: 'Staatsrat Myanmars',
      },
      { fr: "conseillère pour l'État de Birmanie", de: 'Staatsrätin Myanmars' },
    ),
  },
  'head-of-state-of-samoa': {
    world: 'samoa',
    klass: office(
      'head-of-state-of-samoa',
      {
        nl: 'staatshoofd van Samoa',
        en: 'Head of State of Samoa',
        fr: "chef de l'État des Samoa",
        de: 'Staatsoberhaupt von Samoa',
      },
      {},
      { nl: 'het', fr: 'm', de: 'n' },
    ),
  },
  pope: {
    world: 'vatican-city',
    klass: office('pope', { nl: 'paus', en: 'Pope', fr: 'pape', de: 'Papst' }),
  },
  'president-of-the-pontifical-commission-for-vatican-city-state': {
    world: 'vatican-city',
    klass: office('president-of-the-pontifical-commission-for-vatican-city-state', {
      nl: 'president van de Pauselijke Commissie voor Vaticaanstad',
      en: 'President of the Pontifical Commission for Vatican City State',
      fr: "président de la Commission pontificale pour l'État de la Cité du Vatican",
      de: 'Präsident der Päpstlichen Kommission für den Staat der Vatikanstadt',
    }),
  },
  'monarch-of-bahrain': {
    // Hamad bin Isa was emir from 1999 and king from 2002: "monarch" is true of the whole term.
    world: 'bahrain',
    klass: office('monarch-of-bahrain', {
      nl: 'vorst van Bahrein',
      en: 'Monarch of Bahrain',
      fr: 'monarque de Bahreïn',
      de: 'Monarch von Bahrain',
    }),
  },
  'king-of-malaysia': {
    world: 'malaysia',
    klass: office('king-of-malaysia', {
      nl: 'koning van Maleisië (Yang di-Pertuan Agong)',
      en: 'King of Malaysia (Yang di-Pertuan Agong)',
      fr: 'roi de Malaisie (Yang di-Pertuan Agong)',
      de: 'König von Malaysia (Yang di-Pertuan Agong)',
    }),
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Class book: which class an office is, made on first use.

interface ClassBook {
  bundled: Map<string, PackClass>;
  made: Map<string, PackClass>;
}

/** The class id an office would get (nothing is made). */
function classIdOf(ref: OfficeRef, w: WorldCountry): string {
  if ('bundled' in ref) return ref.bundled;
  const id = 'custom' in ref ? ref.custom : templateClass(ref.kind, w).id;
  return BUNDLED_ALIASES[id] ?? id;
}

/** Country names of Wikipedia's list that are not the world pack's English labels. */
const WIKI_COUNTRIES: Record<string, string> = {
  'Czech Republic': 'czechia',
  'East Timor': 'timor-leste',
  'Ivory Coast': 'cote-d-ivoire',
  'The Bahamas': 'bahamas',
  'The Gambia': 'gambia',
};

function classFor(book: ClassBook, ref: OfficeRef, w: WorldCountry): string {
  if ('bundled' in ref) {
    if (!book.bundled.has(ref.bundled)) throw new Error(`no bundled class ${ref.bundled}`);
    return ref.bundled;
  }
  let klass: PackClass;
  if ('custom' in ref) {
    const custom = CUSTOM[ref.custom];
    if (!custom) throw new Error(`no custom class ${ref.custom}`);
    if (custom.world !== w.id) throw new Error(`${ref.custom} is not an office of ${w.id}`);
    klass = custom.klass;
  } else klass = templateClass(ref.kind, w);
  const id = BUNDLED_ALIASES[klass.id] ?? klass.id;
  if (book.bundled.has(id)) return id;
  if (!book.made.has(id)) book.made.set(id, klass);
  return id;
}

// ---------------------------------------------------------------------------------------------------------------
// Terms.

interface Term {
  start: string | undefined;
  end: string | undefined;
  open: boolean;
  /** Where an open term is confirmed, the date it is confirmed at (asOf). */
  asOf?: string;
  /** The term's end year comes from world-leaders-2021 (the scraper shows it open). */
  endFromWl?: boolean;
}

/** mergeTerms, terms of one start ordered by end, a joined term's asOf and world-leaders end kept. */
function mergeLeaderTerms(terms: readonly Term[]): Term[] {
  return mergeTerms(terms, {
    tieByEnd: true,
    onJoin: (last, term, how) => {
      if (how === 'open') {
        last.endFromWl = undefined;
        if (term.asOf && (!last.asOf || term.asOf > last.asOf)) last.asOf = term.asOf;
      } else if (how === 'end') last.endFromWl = term.endFromWl;
    },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Bundled packs.

interface Known {
  qids: Map<string, string>;
  /** Name key or English Wikipedia title → the known person ("file: id") and their Wikidata id. */
  personNames: Map<string, { at: string; qid: string | null }>;
  wikiTitles: Map<string, { at: string; qid: string | null }>;
  /** The offices ("file: id" → class ids) a known person's position-held statements name. */
  offices: Map<string, Set<string>>;
  ids: Set<string>;
  bundledClasses: Map<string, PackClass>;
}

function readKnown(): Known {
  const known: Known = {
    qids: new Map(),
    personNames: new Map(),
    wikiTitles: new Map(),
    offices: new Map(),
    ids: new Set(),
    bundledClasses: new Map(),
  };
  for (const { where, bundled, pack } of readPackFiles(BUNDLED_DIR, null, [OUTPUT])) {
    for (const klass of pack.classes ?? []) {
      known.ids.add(klass.id);
      if (bundled) known.bundledClasses.set(klass.id, klass);
    }
    for (const entity of pack.entities) {
      known.ids.add(entity.id);
      const at = `${where}: ${entity.id}`;
      if (entity.qid && !known.qids.has(entity.qid)) known.qids.set(entity.qid, at);
      if (entity.type !== 'person') continue;
      known.offices.set(
        at,
        new Set(
          (entity.statements ?? [])
            .filter((st) => st.property === 'position-held' && 'entity' in st.value)
            .map((st) => ('entity' in st.value ? st.value.entity : '')),
        ),
      );
      for (const source of entity.sources) {
        const title = wikiTitleOf(source.url);
        if (title && !known.wikiTitles.has(title)) known.wikiTitles.set(title, { at, qid: entity.qid });
      }
      for (const name of entityNames(entity))
        if (!known.personNames.has(nameKey(name)))
          known.personNames.set(nameKey(name), { at, qid: entity.qid });
    }
  }
  return known;
}

function readWorld(): Map<string, WorldCountry> {
  const pack = JSON.parse(readFileSync(WORLD, 'utf8')) as Pack;
  const out = new Map<string, WorldCountry>();
  for (const e of pack.entities) {
    const code = e.statements.find((s) => s.property === 'iso-3166-1-alpha-2');
    out.set(e.id, {
      id: e.id,
      code: code && 'code' in code.value ? code.value.code : '',
      labels: { nl: e.labels.nl ?? '', en: e.labels.en ?? '', fr: e.labels.fr ?? '', de: e.labels.de ?? '' },
    });
  }
  return out;
}

/** The ids of this pack's own output as it stands (by Wikidata id): a re-run keeps the ids the pack shipped with. */
function readShippedIds(): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(OUTPUT)) return out;
  for (const entity of (JSON.parse(readFileSync(OUTPUT, 'utf8')) as Pack).entities)
    if (entity.qid) out.set(entity.qid, entity.id);
  return out;
}

/** Worklist ids by Wikidata id and by English Wikipedia title (person lines of every domain, not rejected). */
function readWorklist(): {
  byQid: Map<string, string>;
  byTitle: Map<string, string>;
  /** The Wikidata ids of the people the worklist names, by name key: two ids under one name are namesakes. */
  qidsByName: Map<string, Set<string>>;
} {
  const byQid = new Map<string, string>();
  const byTitle = new Map<string, string>();
  const qidsByName = new Map<string, Set<string>>();
  const rejected = new Set(
    parseTsv(readFileSync(join(WORKLIST_DIR, 'decisions.tsv'), 'utf8'))
      .filter((row) => row.status === 'rejected')
      .map((row) => row.id ?? ''),
  );
  for (const name of readdirSync(WORKLIST_DIR).sort()) {
    if (!name.endsWith('.tsv') || name === 'decisions.tsv' || name === 'provenance.tsv') continue;
    for (const row of parseTsv(readFileSync(join(WORKLIST_DIR, name), 'utf8'))) {
      if (row.type !== 'person' || !row.id || rejected.has(row.id)) continue;
      if (row.qid && !byQid.has(row.qid)) byQid.set(row.qid, row.id);
      if (row.title && !byTitle.has(row.title)) byTitle.set(row.title, row.id);
      if (row.qid && row.label) {
        const key = nameKey(row.label);
        if (!qidsByName.has(key)) qidsByName.set(key, new Set());
        qidsByName.get(key)?.add(row.qid);
      }
    }
  }
  return { byQid, byTitle, qidsByName };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading the snapshots.

function git(dir: string, args: string[], encoding: BufferEncoding = 'utf8'): string {
  return execFileSync('git', ['--git-dir', dir, ...args], { encoding, maxBuffer: 64 * 1024 * 1024 });
}

interface Snapshot {
  repo: string;
  dir: string;
  commit: string;
  date: string;
  dataDate: string;
  holdersUrl: string;
}

function snapshotOf(mirror: string, repo: string, dataPath: string): Snapshot {
  const { url, ...head } = snapshotHead(mirror, repo, dataPath);
  return { ...head, holdersUrl: url };
}

/** One row of world-leaders-2021 as its newest commit that has it gives it. */
interface WlRow {
  country: string;
  position: string;
  positionLabel: string;
  person: string;
  name: string;
  startYear: string;
  endYear: string;
  /** In the newest commit of the file. */
  atHead: boolean;
  commit: string;
}

/** A row of Wikipedia's list of current leaders (data/wikipedia.csv at HEAD): who held which office in October 2022. */
interface WikiRow {
  country: string;
  position: string;
  positionLabel: string;
  person: string;
  startYear: string;
  endYear: string;
}

interface WorldLeaders {
  snapshot: Snapshot;
  /** The date data/wikipedia.csv last changed. */
  wikiDate: string;
  wikiRows: WikiRow[];
  rows: WlRow[];
  /** Every office the file lists at any commit. */
  offices: Map<string, string>;
  wikiTitle: Map<string, string>;
  commits: number;
}

function readWorldLeaders(mirror: string): WorldLeaders {
  const snapshot = snapshotOf(mirror, WL_REPO, WL_FILE);
  const commits = git(snapshot.dir, ['log', '--format=%H', snapshot.commit, '--', WL_FILE])
    .split('\n')
    .filter((c) => c !== '');
  const byKey = new Map<string, WlRow>();
  const offices = new Map<string, string>();
  commits.forEach((commit, i) => {
    for (const row of parseTable(gitShow(snapshot.dir, commit, WL_FILE) ?? '')) {
      const position = (row.position ?? '').trim();
      const person = (row.officeholder ?? '').trim();
      if (!position || !person) continue;
      if (!offices.has(position)) offices.set(position, (row.positionLabel ?? '').trim());
      const key = `${person}|${position}|${row.start_year ?? ''}`;
      if (byKey.has(key)) continue; // the newest commit's row wins (commits are newest first)
      byKey.set(key, {
        country: (row.country ?? '').trim(),
        position,
        positionLabel: (row.positionLabel ?? '').trim(),
        person,
        name: (row.officeholderLabel ?? '').trim(),
        startYear: (row.start_year ?? '').trim(),
        endYear: (row.end_year ?? '').trim(),
        atHead: i === 0,
        commit,
      });
    }
  });
  const wikiTitle = new Map<string, string>();
  const wikiRows: WikiRow[] = [];
  for (const row of parseTable(gitShow(snapshot.dir, snapshot.commit, WL_WIKI) ?? '')) {
    const person = (row.officeholder ?? '').trim();
    const title = (row.officeholderlabel ?? '').trim();
    if (/^Q\d+$/.test(person) && title && !/^Q\d+$/.test(title)) wikiTitle.set(person, title);
    if (/^Q\d+$/.test(person))
      wikiRows.push({
        country: (row.country ?? '').trim(),
        position: (row.position ?? '').trim(),
        positionLabel: (row.positionlabel ?? '').trim(),
        person,
        startYear: (row.start_year ?? '').trim(),
        endYear: (row.end_year ?? '').trim(),
      });
  }
  const rows = [...byKey.values()].sort(
    (a, b) =>
      a.person.localeCompare(b.person) ||
      a.position.localeCompare(b.position) ||
      a.startYear.localeCompare(b.startYear),
  );
  return {
    snapshot,
    wikiDate: fileDate(snapshot.dir, snapshot.commit, WL_WIKI),
    wikiRows,
    rows,
    offices,
    wikiTitle,
    commits: commits.length,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// People.

interface Holding {
  classId: string;
  terms: Term[];
}

interface Person {
  qid: string;
  name: string;
  gender: string;
  enwiki: string;
  countries: string[];
  holdings: Map<string, Holding>;
  /** The snapshots the person's terms come from (their data files are cited). */
  sources: Map<string, { url: string; title: string }>;
  /** The person's terms come only from world-leaders-2021 (year dates). */
  fromWl: boolean;
}

interface Skip {
  name: string;
  qid: string;
  country: string;
  why: string;
}

interface RepoReport {
  repo: string;
  world: string;
  snapshot: Snapshot;
  offices: { title: string; qids: string[]; classId: string }[];
  people: number;
}

interface Log {
  openDropped: string[];
  openConfirmedWl: number;
  openConfirmedList: number;
  closedByWl: string[];
  inverted: string[];
  crossed: string[];
  mixedTitles: string[];
  wlOnly: string[];
  wlOnlySkipped: string[];
  wlOpenDropped: string[];
  openConfirmedWiki: string[];
  clamped: string[];
  excludedRecords: string[];
  corrected: string[];
}

const CUES: Partial<Record<Lang, string[]>> = {
  en: ['president', 'prime minister', 'premier', 'king', 'queen', 'head of state', 'government'],
  nl: ['president', 'premier', 'koning', 'koningin', 'staatshoofd', 'regering'],
  fr: ['président', 'présidente', 'Premier ministre', 'roi', 'reine', "chef de l'État", 'gouvernement'],
  de: ['Präsident', 'Präsidentin', 'Ministerpräsident', 'König', 'Königin', 'Staatsoberhaupt', 'Regierung'],
};

function main(): void {
  const mirror = argument('--mirror', '/work/.mirror');
  const known = readKnown();
  const world = readWorld();
  const worklist = readWorklist();
  const book: ClassBook = {
    bundled: known.bundledClasses,
    made: new Map(),
  };
  const wl = readWorldLeaders(mirror);
  const log: Log = {
    openDropped: [],
    openConfirmedWl: 0,
    openConfirmedList: 0,
    closedByWl: [],
    inverted: [],
    crossed: [],
    mixedTitles: [],
    wlOnly: [],
    wlOnlySkipped: [],
    wlOpenDropped: [],
    openConfirmedWiki: [],
    clamped: [],
    excludedRecords: [],
    corrected: [],
  };
  const correctionsUsed = new Set<number>();
  const officeQids = new Set([...wl.offices.keys(), ...Object.keys(EXTRA_OFFICES)]);
  const people = new Map<string, Person>();
  const reports: RepoReport[] = [];
  // Office Wikidata ids → class, for matching world-leaders-2021 rows with the scrapers' terms.
  const classOfQid = new Map<string, string>();

  for (const [qid, worldId] of Object.entries(WL_ONLY_OFFICES)) {
    const w = world.get(worldId);
    const label = wl.offices.get(qid) ?? '';
    const kind = kindOfTitle(label);
    const ref = OFFICE_BY_QID[qid] ?? (kind ? { kind } : undefined);
    if (!w || !ref) throw new Error(`no office for ${qid} ${label}`);
    classOfQid.set(qid, classFor(book, ref, w));
  }
  // Wikipedia's list of current leaders: the country of a row, and the class of its office where it can be told.
  const worldByEnglish = new Map([...world.values()].map((w) => [nameKey(w.labels.en), w.id]));
  const wikiWorld = (name: string): string | undefined => {
    const fixed = WIKI_COUNTRIES[name];
    if (fixed) return fixed;
    const inner = /\(([^)]+)\)/.exec(name)?.[1];
    const outer = name.replace(/\s*\(.*$/, '');
    return [name, outer, inner ?? ''].map((n) => worldByEnglish.get(nameKey(n))).find((x) => x !== undefined);
  };
  const wikiClass = (row: WikiRow): string | undefined => {
    const known = classOfQid.get(row.position);
    if (known) return known;
    const w = world.get(wikiWorld(row.country) ?? '');
    const kind = kindOfTitle(row.positionLabel);
    const ref = OFFICE_BY_QID[row.position] ?? (kind ? { kind } : undefined);
    return w && ref ? classIdOf(ref, w) : undefined;
  };
  const wikiCurrent = (
    qid: string,
    qids: readonly string[],
    classId: string,
    worldId: string,
    sole: boolean,
  ) =>
    wl.wikiRows.some(
      (r) =>
        r.person === qid &&
        r.endYear === '' &&
        (qids.includes(r.position) || wikiClass(r) === classId || (sole && wikiWorld(r.country) === worldId)),
    );

  const personOf = (qid: string, init: () => Omit<Person, 'holdings' | 'sources' | 'countries'>): Person => {
    let person = people.get(qid);
    if (!person) {
      person = { ...init(), countries: [], holdings: new Map(), sources: new Map() };
      people.set(qid, person);
    }
    return person;
  };

  for (const [repoName, worldId] of Object.entries(REPOS).sort(([a], [b]) => a.localeCompare(b))) {
    const repo = `${OWNER}/${repoName}`;
    const w = world.get(worldId);
    if (!w) throw new Error(`no world entity ${worldId}`);
    const snapshot = snapshotOf(mirror, repo, HOLDERS);
    const show = (path: string) => gitShow(snapshot.dir, snapshot.commit, path);
    // The followed offices that are heads of state or government, by the scraper's title.
    const titles = new Map<string, string[]>();
    for (const row of parseTable(show(WANTED) ?? '')) {
      const title = (row.title ?? '').trim();
      const qid = (row.position ?? '').trim();
      if (title && qid) titles.set(title, [...(titles.get(title) ?? []), qid]);
    }
    const offices = new Map<string, { title: string; qids: string[]; classId: string }>();
    for (const [title, qids] of [...titles].sort(([a], [b]) => a.localeCompare(b))) {
      const wanted = qids.filter((q) => officeQids.has(q));
      if (wanted.length === 0) continue;
      const excluded = (q: string) =>
        EXCLUDED_OFFICES[q] !== undefined || EXCLUDED_OFFICES[`${repoName}:${q}`] !== undefined;
      if (qids.some(excluded)) {
        if (wanted.some((q) => !excluded(q))) log.mixedTitles.push(`${repoName}: ${title}`);
        continue;
      }
      const byQid = wanted.map((q) => OFFICE_BY_QID[q]).find((r) => r !== undefined);
      const kind = kindOfTitle(title);
      const ref: OfficeRef | undefined = byQid ?? (kind ? { kind } : undefined);
      if (!ref) throw new Error(`${repoName}: no office kind for "${title}" (${wanted.join(', ')})`);
      const classId = classFor(book, ref, w);
      offices.set(title, { title, qids: wanted, classId });
      for (const q of wanted) classOfQid.set(q, classId);
    }
    const report: RepoReport = {
      repo: repoName,
      world: worldId,
      snapshot,
      offices: [...offices.values()],
      people: 0,
    };
    reports.push(report);
    if (offices.size === 0) continue;
    const bio = new Map(parseTable(show(BIO) ?? '').map((row) => [row.id ?? '', row]));
    const currentPairs = new Set<string>();
    for (const row of parseTable(show(CURRENT_CABINET) ?? ''))
      currentPairs.add(`${row.item ?? ''} ${row.position ?? ''}`);
    for (const row of parseTable(show(OFFICIAL) ?? ''))
      currentPairs.add(`${row.wdid ?? row.item ?? ''} ${row.pid ?? row.position ?? ''}`);
    const grouped = new Map<string, { title: string; rows: Record<string, string>[] }>();
    for (const row of parseTable(show(HOLDERS) ?? '')) {
      const title = (row.position ?? '').trim();
      const qid = (row.personID ?? '').trim();
      if (!offices.has(title) || !/^Q[1-9]\d*$/.test(qid)) continue;
      const key = `${qid}|${title}`;
      const group = grouped.get(key) ?? { title, rows: [] };
      group.rows.push(row);
      grouped.set(key, group);
    }
    // The offices in which a person has an open row (one only: Wikipedia's list naming the person for the country
    // confirms it).
    const openOffices = new Map<string, number>();
    for (const [key, { rows }] of grouped)
      if (rows.some((r) => (r.end ?? '').trim() === '')) {
        const qid = key.split('|')[0] ?? '';
        openOffices.set(qid, (openOffices.get(qid) ?? 0) + 1);
      }
    const seen = new Set<string>();
    for (const [key, { title, rows }] of [...grouped].sort(([a], [b]) => a.localeCompare(b))) {
      const qid = key.split('|')[0] ?? '';
      const off = offices.get(title);
      if (!off) continue;
      const first = rows[0] ?? {};
      const b = bio.get(qid);
      const name = (b?.name ?? first.person ?? '').trim();
      let raw = rows.map((row) => ({ start: (row.start ?? '').trim(), end: (row.end ?? '').trim() }));
      const rules = EXCLUDED_RECORDS.filter(
        (x) =>
          (x.repo === undefined || x.repo === repoName) &&
          (x.qid === qid || x.qid === '*') &&
          x.title === title,
      );
      if (rules.length > 0) {
        const ruleOf = (r: { start: string; end: string }) =>
          rules.find(
            (x) =>
              (x.from === undefined || (r.start !== '' && r.start >= x.from)) &&
              (x.to === undefined || (r.end !== '' && r.end <= x.to)),
          );
        for (const r of raw) {
          const rule = ruleOf(r);
          if (rule)
            log.excludedRecords.push(
              `${name} (${qid}, ${repoName}): ${title} ${r.start || '?'} – ${r.end || 'open'}: ${rule.why}`,
            );
        }
        raw = raw.filter((r) => ruleOf(r) === undefined);
        if (raw.length === 0) continue;
      }
      for (const [i, c] of CORRECTIONS.entries()) {
        if (c.repo !== repoName || c.qid !== qid || c.title !== title) continue;
        const hits = raw.filter((r) => r[c.field] === c.from);
        if (hits.length !== 1)
          throw new Error(`correction ${c.qid} ${c.title} ${c.field} ${c.from}: ${hits.length} rows`);
        for (const r of hits) r[c.field] = c.to;
        correctionsUsed.add(i);
        log.corrected.push(
          `${name} (${qid}, ${repoName}): ${title}, ${c.field} ${c.from} → ${c.to}: ${c.why}`,
        );
      }
      const repaired = repairCrossProduct(raw);
      if (repaired) {
        log.crossed.push(
          `${name} (${qid}, ${repoName}): ${title}: ${repaired.map((t) => `${t.start}–${t.end}`).join(', ')}`,
        );
        raw = repaired;
      }
      const terms: Term[] = [];
      for (const row of raw) {
        const open = row.end === '';
        const end = cleanDate(row.end);
        if (!open && !end) continue;
        const start = cleanDate(row.start);
        if (!open && end && start && latest(end) < start) {
          if (latest(end) >= SINCE || start >= SINCE)
            log.inverted.push(`${name} (${qid}, ${repoName}): ${title}, ${start} to ${end}`);
          continue;
        }
        if (!open) {
          terms.push({ start, end, open: false });
          continue;
        }
        // An open term: confirmed by world-leaders-2021 (its newest commit, or Wikipedia's list of current leaders
        // there), closed by it (an end year for a term of the same start year), or confirmed by the scraper's
        // lists of the government at the snapshot; else left out.
        const wlRows = wl.rows.filter(
          (r) =>
            r.person === qid && (off.qids.includes(r.position) || classOfQid.get(r.position) === off.classId),
        );
        const wlOpen = wlRows.find((r) => r.atHead && r.endYear === '');
        const wlClosed = wlRows
          .filter((r) => r.endYear !== '' && start !== undefined && r.startYear === start.slice(0, 4))
          .sort((x, y) => y.endYear.localeCompare(x.endYear))[0];
        if (wlOpen) {
          log.openConfirmedWl++;
          terms.push({ start, end: undefined, open: true, asOf: wl.snapshot.dataDate });
        } else if (wikiCurrent(qid, off.qids, off.classId, worldId, openOffices.get(qid) === 1)) {
          log.openConfirmedWiki.push(`${name} (${qid}, ${repoName}): ${title}, from ${row.start || '?'}`);
          terms.push({ start, end: undefined, open: true, asOf: wl.wikiDate });
        } else if (wlClosed) {
          // An end year only: where the term began the same year, the start is given as that year too (a year
          // end cannot follow a day start of the same year in the format).
          const sameYear = start !== undefined && start.slice(0, 4) === wlClosed.endYear;
          log.closedByWl.push(
            `${name} (${qid}): ${title} from ${start ?? '?'}, ended ${wlClosed.endYear}${sameYear ? ` (written ${wlClosed.endYear}–${wlClosed.endYear})` : ''}`,
          );
          terms.push({
            start: sameYear ? wlClosed.endYear : start,
            end: wlClosed.endYear,
            open: false,
            endFromWl: true,
          });
        } else if (off.qids.some((p) => currentPairs.has(`${qid} ${p}`))) {
          log.openConfirmedList++;
          terms.push({ start, end: undefined, open: true, asOf: snapshot.dataDate });
        } else log.openDropped.push(`${name} (${qid}, ${repoName}): ${title}, from ${row.start || '?'}`);
      }
      let kept = mergeLeaderTerms(terms).filter(
        (t) => t.open || (t.end !== undefined && latest(t.end) >= SINCE),
      );
      const from = off.qids.map((q) => OFFICE_FROM[q]).find((f) => f !== undefined);
      if (from) {
        const before = kept.map((t) => `${t.start ?? '?'}–${t.end ?? 'open'}`).join(', ');
        kept = kept
          .filter((t) => t.open || latest(t.end ?? '') >= earliest(from))
          .map((t) => (t.start === undefined || t.start < from ? { ...t, start: from } : t));
        const after = kept.map((t) => `${t.start ?? '?'}–${t.end ?? 'open'}`).join(', ');
        if (before !== after)
          log.clamped.push(`${name} (${qid}): ${title}: ${before} → ${after || 'left out'}`);
      }
      if (kept.length === 0) continue;
      seen.add(qid);
      const person = personOf(qid, () => ({
        qid,
        name,
        gender: (b?.gender ?? first.gender ?? '').trim(),
        enwiki: (b?.enwiki ?? first.enwiki ?? '').trim(),
        fromWl: false,
      }));
      if (!person.countries.includes(worldId)) person.countries.push(worldId);
      person.sources.set(repo, {
        url: snapshot.holdersUrl,
        title: `${repo}: ${HOLDERS} (Wikidata office holders)`,
      });
      const holding = person.holdings.get(off.classId) ?? { classId: off.classId, terms: [] };
      holding.terms.push(...kept);
      person.holdings.set(off.classId, holding);
    }
    report.people = seen.size;
  }

  const unused = CORRECTIONS.filter((_, i) => !correctionsUsed.has(i));
  if (unused.length > 0)
    throw new Error(`corrections that match no row: ${unused.map((c) => `${c.qid} ${c.title}`).join(', ')}`);

  // Offices no scraper follows: world-leaders-2021 alone (years only).
  for (const row of wl.rows) {
    const worldId = WL_ONLY_OFFICES[row.position];
    if (!worldId) continue;
    const w = world.get(worldId);
    if (!w) throw new Error(`no world entity ${worldId}`);
    const kind = kindOfTitle(row.positionLabel);
    const ref = OFFICE_BY_QID[row.position] ?? (kind ? { kind } : undefined);
    if (!ref) throw new Error(`no office kind for ${row.position} ${row.positionLabel}`);
    const classId = classFor(book, ref, w);
    const start = cleanDate(row.startYear);
    const end = cleanDate(row.endYear);
    const what = `${row.name} (${row.person}): ${row.positionLabel} ${row.startYear}–${row.endYear}`;
    if (end && latest(end) < SINCE) continue;
    const existing = people.get(row.person)?.holdings.get(classId);
    if (
      existing?.terms.some(
        (t) =>
          (t.start ?? '') <= latest(end ?? '9999') &&
          (t.open || latest(t.end ?? '') >= earliest(start ?? '0000')),
      )
    ) {
      log.wlOnlySkipped.push(`${what}: the scraper has the term with its full dates`);
      continue;
    }
    let asOf = end ? undefined : wl.snapshot.dataDate;
    if (!end && !row.atHead) {
      if (!wikiCurrent(row.person, [row.position], classId, worldId, false)) {
        log.wlOpenDropped.push(`${what} (open at ${row.commit.slice(0, 7)}, gone from the newest commit)`);
        continue;
      }
      asOf = wl.wikiDate;
    }
    const person = personOf(row.person, () => ({
      qid: row.person,
      name: row.name,
      gender: '',
      enwiki: wl.wikiTitle.get(row.person) ?? '',
      fromWl: true,
    }));
    if (!person.countries.includes(worldId)) person.countries.push(worldId);
    person.sources.set(WL_REPO, {
      url: wl.snapshot.holdersUrl,
      title: `${WL_REPO}: ${WL_FILE} (Wikidata heads of state and government)`,
    });
    const holding = person.holdings.get(classId) ?? { classId, terms: [] };
    holding.terms.push({ start, end, open: !end, asOf });
    person.holdings.set(classId, holding);
    log.wlOnly.push(what);
  }

  // Build the entities: skip the people bundled, give ids.
  const shippedIds = readShippedIds();
  const skipped: Skip[] = [];
  const referred: Skip[] = [];
  const lacks: string[] = [];
  const namesakes: string[] = [];
  const usedIds = new Set<string>();
  const built: { entity: Entity; person: Person; disambiguated: boolean }[] = [];
  const sortedPeople = [...people.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.qid.localeCompare(b.qid),
  );
  for (const person of sortedPeople) {
    const country = person.countries.join(', ');
    const title = person.enwiki;
    // The same person: same Wikidata id, or same English Wikipedia page or name where the known entity has no
    // Wikidata id or the same one (a known person with another Wikidata id is a namesake).
    const same = (hit: { at: string; qid: string | null } | undefined) =>
      hit && (hit.qid === null || hit.qid === person.qid) ? hit.at : undefined;
    const names = [person.name, title ? commonName(title) : ''].filter((n) => n !== '');
    const byQid = known.qids.get(person.qid);
    const byTitle = title ? same(known.wikiTitles.get(title)) : undefined;
    const byName = names.map((n) => same(known.personNames.get(nameKey(n)))).find((x) => x !== undefined);
    const inPack = byQid ?? byTitle ?? byName;
    if (inPack) {
      const how = byQid ? 'same Wikidata id' : byTitle ? 'same English Wikipedia page' : 'same name';
      referred.push({ name: person.name, qid: person.qid, country, why: `${how}: ${inPack}` });
      // Offices of this pack the known entity does not state (the lead may add them there).
      const has = known.offices.get(inPack) ?? new Set<string>();
      const lacking = [...person.holdings.keys()].filter((c) => !has.has(c)).sort();
      if (lacking.length > 0)
        lacks.push(`${person.name} (${inPack}): ${lacking.map((c) => `\`${c}\``).join(', ')}`);
      continue;
    }
    const namesake = names
      .map((n) => known.personNames.get(nameKey(n)))
      .find((hit) => hit !== undefined && hit.qid !== null && hit.qid !== person.qid);
    if (namesake) namesakes.push(`${person.name} (${person.qid}) ≠ ${namesake.at} (${namesake.qid ?? ''})`);
    if (!person.name || !/\p{L}/u.test(person.name) || /^Q\d+$/.test(person.name)) {
      skipped.push({ name: person.qid, qid: person.qid, country, why: 'no name in the data' });
      continue;
    }
    // An id this pack has shipped with stays (the worklist may since have gained another line for the person).
    const baseId =
      shippedIds.get(person.qid) ??
      worklist.byQid.get(person.qid) ??
      (title ? worklist.byTitle.get(title) : undefined) ??
      slugify(title || person.name);
    let id = baseId;
    if (known.ids.has(id) || usedIds.has(id)) id = `${baseId}-${person.countries[0] ?? ''}`;
    if (known.ids.has(id) || usedIds.has(id)) id = `${baseId}-${person.qid.toLowerCase()}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) || known.ids.has(id) || usedIds.has(id)) {
      skipped.push({ name: person.name, qid: person.qid, country, why: `id ${baseId} is taken or invalid` });
      continue;
    }
    usedIds.add(id);
    built.push({
      entity: buildEntity(person, id),
      person,
      disambiguated: title !== '' && commonName(title) !== title,
    });
  }

  // Names that need context: disambiguated Wikipedia titles, one-word names, names two people here share, and names
  // the worklist gives two people (a namesake no pack holds yet: Kostas Karamanlis, the prime minister's cousin and
  // a minister of transport, is still met in the news).
  const marked = markContextLabels(
    built,
    CUES,
    (key) => known.personNames.has(key) || (worklist.qidsByName.get(key)?.size ?? 0) > 1,
  );
  const { entities, dropped } = finishEntities(marked.entities);
  const contextual = marked.contextual;
  const { usedClasses, classes } = usedClassesOf(entities, book.made.values());
  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'leaders',
    title: {
      nl: 'Staatshoofden en regeringsleiders',
      en: 'Heads of state and government',
      fr: "Chefs d'État et de gouvernement",
      de: 'Staats- und Regierungschefs',
    },
    description: {
      en: 'Presidents, monarchs, prime ministers and other heads of state and government of every country since 2000.',
      nl: 'Presidenten, vorsten, premiers en andere staatshoofden en regeringsleiders van alle landen sinds 2000.',
      fr: "Présidents, monarques, Premiers ministres et autres chefs d'État et de gouvernement de tous les pays depuis 2000.",
      de: 'Präsidenten, Monarchen, Regierungschefs und andere Staats- und Regierungschefs aller Länder seit 2000.',
    },
    license: LICENSE,
    anyLanguage: false,
    classes,
    entities,
  };
  writePack(OUTPUT, pack, { entityPerLine: true });
  const statements = entities.reduce((sum, e) => sum + e.statements.length, 0);
  const archigos = crossCheckArchigos(mirror, people, world);
  writeFileSync(
    NOTES,
    notes({
      mirror,
      wl,
      reports,
      log,
      entities,
      built: built.map((b) => b.person),
      skipped,
      referred,
      lacks,
      namesakes,
      classes,
      book,
      statements,
      contextual,
      dropped,
      archigos,
      usedClasses,
    }),
  );
  process.stdout.write(
    `${OUTPUT}: ${entities.length} people, ${statements} statements, ${classes.length} new offices; ` +
      `${referred.length} already in a pack, ${skipped.length} skipped\n`,
  );
}

/** Whether statement `a` (same class) spans all of `b`'s term. */
function covers(a: Statement, b: Statement): boolean {
  if (!a.start || !b.start) return false;
  if (a.start !== b.start && latest(a.start) > earliest(b.start)) return false;
  if (a.asOf !== undefined && a.end === undefined) return true;
  if (!a.end) return false;
  if (b.end === undefined) return false;
  return a.end === b.end || earliest(a.end) >= latest(b.end);
}

const ENGLISH_TITLE = /^Pope |\bof \p{Lu}|, (Grand Duke|Prince) of /u;

function buildEntity(person: Person, id: string): Entity {
  const title = person.enwiki;
  const dataSources = [...person.sources.values()].sort((a, b) => a.url.localeCompare(b.url));
  const source = title ? wikipediaUrl(title) : (dataSources[0]?.url ?? '');
  const classIds = [...person.holdings.keys()];
  const monarch = classIds.some(
    (c) => MONARCHICAL_CLASSES.has(c) || [...MONARCHICAL].some((k) => c.startsWith(`${WORDS[k].id}-of-`)),
  );
  const political = classIds.some(
    (c) =>
      !CLERGY_CLASSES.has(c) &&
      !MONARCHICAL_CLASSES.has(c) &&
      ![...MONARCHICAL].some((k) => c.startsWith(`${WORDS[k].id}-of-`)),
  );
  const statements: Statement[] = [];
  if (political) statements.push({ property: 'occupation', value: { entity: 'politician' }, source });
  if (monarch) statements.push({ property: 'occupation', value: { entity: 'monarch' }, source });
  if (person.gender === 'male' || person.gender === 'female')
    statements.push({ property: 'sex-or-gender', value: { code: person.gender }, source });
  for (const country of person.countries)
    statements.push({ property: 'citizenship', value: { entity: country }, source });
  let offices: Statement[] = [];
  for (const holding of person.holdings.values()) {
    for (const term of mergeLeaderTerms(holding.terms)) {
      const s: Statement = { property: 'position-held', value: { entity: holding.classId } };
      if (term.start) s.start = term.start;
      if (term.open) s.asOf = term.asOf;
      else if (term.end) s.end = term.end;
      s.source = source;
      offices.push(s);
    }
  }
  offices = offices.filter(
    (s, i) =>
      !offices.some(
        (t, j) =>
          j !== i &&
          'entity' in t.value &&
          'entity' in s.value &&
          t.value.entity === s.value.entity &&
          covers(t, s) &&
          (!covers(s, t) || j < i),
      ),
  );
  offices.sort(byStartThenClass);
  statements.push(...offices);
  const aliases: Alias[] = [];
  const plain = title ? commonName(title) : '';
  if (plain && nameKey(plain) !== nameKey(person.name)) aliases.push({ text: plain, anyLanguage: true });
  for (const extra of EXTRA_ALIASES[person.qid] ?? [])
    if (
      !aliases.some((a) => nameKey(aliasText(a)) === nameKey(extra)) &&
      nameKey(extra) !== nameKey(person.name)
    )
      aliases.push({ text: extra, anyLanguage: true });
  const sources = [];
  if (title) sources.push({ url: wikipediaUrl(title), title: `Wikipedia (en): ${title}` });
  sources.push(...dataSources);
  return {
    id,
    qid: person.qid,
    type: 'person',
    // A name with an English title ("Pope Francis", "Henri, Grand Duke of Luxembourg", "Margrethe II of
    // Denmark") is English: the other languages write the title their way, so it is the English label only.
    labels: ENGLISH_TITLE.test(person.name)
      ? { en: person.name }
      : Object.fromEntries(LANGS.map((lang) => [lang, person.name])),
    aliases: aliases.length > 0 ? { en: aliases } : {},
    cues: {},
    descriptions: {},
    summaries: {},
    statements,
    adjective: {},
    related: [...person.countries],
    sources,
    reviewed: REVIEWED,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Archigos cross-check (notes only).

interface ArchigosCheck {
  snapshot: Snapshot;
  spells: number;
  confirmed: number;
  startSame: number;
  startWithin7: number;
  startCompared: number;
  unmapped: Map<string, number>;
  missing: string[];
}

/** ASCII-folded lower-case words. */
function folded(text: string): string[] {
  return slugify(text)
    .split('-')
    .filter((w) => w !== '');
}

/** Edit distance (Levenshtein) of two words. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Two spellings of one name word ("Kocharian", "Kocharyan"): equal, or a few letters apart in a long word. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  return n >= 4 && distance(a, b) <= Math.max(1, Math.floor(n / 4));
}

/** COW state names → world ids where the world pack's English label differs. */
const COW_NAMES: Record<string, string> = {
  'United States of America': 'united-states',
  'German Federal Republic': 'germany',
  Germany: 'germany',
  'Czech Republic': 'czechia',
  Macedonia: 'north-macedonia',
  'Bosnia and Herzegovina': 'bosnia-and-herzegovina',
  'Ivory Coast': 'cote-d-ivoire',
  'Democratic Republic of the Congo': 'dr-congo',
  Congo: 'republic-of-the-congo',
  'Republic of Vietnam': 'vietnam',
  'East Timor': 'timor-leste',
  Swaziland: 'eswatini',
  Myanmar: 'myanmar',
  'Cape Verde': 'cape-verde',
  Gambia: 'gambia',
  'Sao Tome and Principe': 'sao-tome-and-principe',
  'St. Kitts and Nevis': 'saint-kitts-and-nevis',
  'St. Lucia': 'saint-lucia',
  'St. Vincent and the Grenadines': 'saint-vincent-and-the-grenadines',
  'Federated States of Micronesia': 'micronesia',
  'Antigua & Barbuda': 'antigua-and-barbuda',
  'Trinidad and Tobago': 'trinidad-and-tobago',
  'North Korea': 'north-korea',
  'South Korea': 'south-korea',
  Taiwan: 'taiwan',
  Yugoslavia: 'serbia',
  Kosovo: 'kosovo',
  'Solomon Islands': 'solomon-islands',
  'Marshall Islands': 'marshall-islands',
  Bahamas: 'bahamas',
  'Guinea-Bissau': 'guinea-bissau',
  'Equatorial Guinea': 'equatorial-guinea',
  'Central African Republic': 'central-african-republic',
  'South Sudan': 'south-sudan',
  'Dominican Republic': 'dominican-republic',
  Zanzibar: '',
};

function crossCheckArchigos(
  mirror: string,
  people: Map<string, Person>,
  world: Map<string, WorldCountry>,
): ArchigosCheck {
  const snapshot = snapshotOf(mirror, ARCHIGOS_REPO, ARCHIGOS_FILE);
  const text = git(snapshot.dir, ['show', `${snapshot.commit}:${ARCHIGOS_FILE}`], 'latin1');
  const byEnglish = new Map([...world.values()].map((w) => [w.labels.en, w.id]));
  const cow = new Map<string, string>();
  for (const row of parseTable(gitShow(snapshot.dir, snapshot.commit, COW_FILE) ?? ''))
    cow.set((row.ccode ?? '').trim(), (row.statenme ?? '').trim());
  const spells = new Map<string, { ccode: string; leader: string; start: string; end: string }>();
  for (const row of parseTable(text, '\t')) {
    const id = row.obsid ?? '';
    const start = (row.startdate ?? '').trim();
    const end = (row.enddate ?? '').trim();
    const known = spells.get(id);
    if (known) {
      if (start < known.start) known.start = start;
      if (end > known.end) known.end = end;
    } else spells.set(id, { ccode: (row.ccode ?? '').trim(), leader: (row.leader ?? '').trim(), start, end });
  }
  // Every person of the data (written or already in a pack) with their terms, by country.
  const byCountry = new Map<string, { person: Person; terms: Term[] }[]>();
  for (const person of people.values()) {
    const terms = [...person.holdings.values()].flatMap((h) => mergeLeaderTerms(h.terms));
    for (const c of person.countries) byCountry.set(c, [...(byCountry.get(c) ?? []), { person, terms }]);
  }
  const check: ArchigosCheck = {
    snapshot,
    spells: 0,
    confirmed: 0,
    startSame: 0,
    startWithin7: 0,
    startCompared: 0,
    unmapped: new Map(),
    missing: [],
  };
  for (const spell of [...spells.values()].sort(
    (a, b) => a.ccode.localeCompare(b.ccode) || a.start.localeCompare(b.start),
  )) {
    if (spell.end < SINCE || !DATE.test(spell.start) || !DATE.test(spell.end)) continue;
    const name = cow.get(spell.ccode) ?? spell.ccode;
    const worldId = name in COW_NAMES ? COW_NAMES[name] : byEnglish.get(name);
    if (!worldId) {
      check.unmapped.set(name, (check.unmapped.get(name) ?? 0) + 1);
      continue;
    }
    check.spells++;
    const words = folded(spell.leader).filter((w) => w.length > 2 || folded(spell.leader).length === 1);
    const surname = words.at(-1) ?? '';
    const candidates = (byCountry.get(worldId) ?? []).filter(({ person, terms }) => {
      const nameWords = [...folded(person.name), ...folded(person.enwiki)];
      if (!words.some((w) => nameWords.some((n) => sameWord(w, n))) && !nameWords.includes(surname))
        return false;
      return terms.some(
        (t) => earliest(t.start ?? '0000') <= spell.end && (t.open || latest(t.end ?? '9999') >= spell.start),
      );
    });
    const hit = candidates[0];
    if (!hit) {
      check.missing.push(`${name}: ${spell.leader} ${spell.start} – ${spell.end}`);
      continue;
    }
    check.confirmed++;
    // Compare starts only for spells that began on or after 2000 (the annual file cuts nothing before then).
    if (spell.start >= SINCE) {
      const starts = hit.terms.map((t) => t.start ?? '').filter((s) => s.length === 10);
      if (starts.length > 0) {
        check.startCompared++;
        const best = Math.min(...starts.map((s) => Math.abs(daysBetween(s, spell.start))));
        if (best === 0) check.startSame++;
        else if (best <= 7) check.startWithin7++;
      }
    }
  }
  return check;
}

// ---------------------------------------------------------------------------------------------------------------
// Notes.

interface NotesInput {
  mirror: string;
  wl: WorldLeaders;
  reports: RepoReport[];
  log: Log;
  entities: Entity[];
  built: Person[];
  skipped: Skip[];
  referred: Skip[];
  lacks: string[];
  namesakes: string[];
  classes: PackClass[];
  book: ClassBook;
  statements: number;
  contextual: string[];
  dropped: string[];
  archigos: ArchigosCheck;
  usedClasses: Set<string>;
}

function notes(input: NotesInput): string {
  const { log, wl, archigos } = input;
  const writtenCountry = new Map<string, number>();
  for (const p of input.built)
    for (const c of p.countries) writtenCountry.set(c, (writtenCountry.get(c) ?? 0) + 1);
  const repoLines = input.reports
    .map((r) => {
      const offices = r.offices.map((o) => `${o.title} → \`${o.classId}\``).join('; ') || 'none';
      return `| \`${r.repo}\` | \`${r.snapshot.commit.slice(0, 12)}\` | ${r.snapshot.dataDate} | ${offices} | ${r.people} |`;
    })
    .join('\n');
  const bundledUsed = [...input.usedClasses].filter((c) => input.book.bundled.has(c)).sort();
  const withWiki = input.built.filter((p) => p.enwiki).length;
  const genders = input.built.filter((p) => p.gender === 'male' || p.gender === 'female').length;
  const wlPeople = input.built.filter((p) => p.fromWl).length;
  const list = (items: readonly string[]) => items.map((l) => `  - ${l}`).join('\n') || '  - none';
  const skipList = (items: readonly Skip[]) =>
    items.map((s) => `${s.name} (${s.qid}, ${s.country}): ${s.why}`).join('; ') || 'none';
  const excluded = Object.entries(EXCLUDED_OFFICES)
    .map(([q, why]) => `  - ${q}: ${why}`)
    .join('\n');
  const extra = Object.entries(EXTRA_OFFICES)
    .map(([q, what]) => `${q} ${what}`)
    .join('; ');
  return `# leaders: notes

Generated by \`npx tsx scripts/generate/leaders.ts [--mirror /work/.mirror]\` (do not edit the pack by hand).
Pack \`${OUTPUT}\` (format v2, id \`leaders\`, "Heads of state and government"): **${input.entities.length} people**,
${input.statements} statements, ${input.classes.length} office classes of its own (the other offices are bundled
classes). All entities are \`person\`. Check: \`npx tsx scripts/check-pack.ts ${OUTPUT}\`. Deterministic: no network,
no clock.

## Inputs
Read at HEAD with git from the snapshots under \`${input.mirror}\`.

- **every-politician-scrapers country scrapers** (${input.reports.length} repositories, table below): the "PCB" build
  the cabinets pack also reads: \`${HOLDERS}\`, \`${BIO}\`, \`${WANTED}\`, \`${CURRENT_CABINET}\`, \`${OFFICIAL}\`.
  Every non-deprecated Wikidata position-held statement of a followed office ending in 2000 or later, with
  Wikidata's dates (day, month or year). No README or LICENSE in these repositories; the files are Wikidata query
  results (CC0 1.0), which is the pack's \`license\`. **The lead should confirm this reading, as for cabinets.**
- **\`${WL_REPO}\`** \`${wl.snapshot.commit}\` (${wl.snapshot.date}; \`${WL_FILE}\` last changed ${wl.snapshot.dataDate},
  read at all ${wl.commits} commits that changed it; \`${WL_WIKI}\` at HEAD): every country's offices Wikidata marks as
  its head of state's (P1906) or head of government's (P1313), with their holders of 2021–2022 and start and end
  years. CC0 1.0 (Wikidata query results; no LICENSE file). Used to pick the offices, to confirm or close open terms,
  and for offices no scraper follows (years only; ${wlPeople} people written come from it alone).
- **\`${ARCHIGOS_REPO}\`** \`${archigos.snapshot.commit}\` (${archigos.snapshot.date}; \`${ARCHIGOS_FILE}\` of
  ${archigos.snapshot.dataDate}, \`${COW_FILE}\`): Archigos 4.1 (Goemans, Gleditsch & Chiozza, leaders to 2015), as
  redistributed in the manystates R package under CC BY 4.0 (its LICENSE.md; the package's \`ARCHIGOS.bib\` cites
  the original at rochester.edu). **Cross-check only; nothing from it is in the pack** (below).

| scraper | commit | data date | head-of-state/government offices → class | people |
| --- | --- | --- | --- | ---: |
${repoLines}

## Who
- Offices: those world-leaders-2021 lists for a country at any commit (${wl.offices.size} office items), plus these
  offices of the scrapers it does not list (abolished, renamed, juntas): ${extra}.
- Offices left out:
${excluded}
- Titles of a scraper that mix an included and an excluded office item (left out): ${log.mixedTitles.join('; ') || 'none'}.
- People: every holder of such an office with a term ending on or after ${SINCE} or open: ${input.built.length + input.referred.length + input.skipped.length} in the data, **${input.built.length} written**.
- **Already in a pack, not written again** (${input.referred.length}; refer to them by these ids): ${skipList(input.referred)}.
- Of these, **the known entity lacks a head-of-state/government office this data gives them** (${input.lacks.length};
  the office classes it lacks; the lead may add the terms there or point readers here):
${list(input.lacks)}
- Namesakes of known people with another Wikidata id, written (their label needs context; ${input.namesakes.length}):
${list(input.namesakes)}
- Other skips (${input.skipped.length}): ${skipList(input.skipped)}.
- **Open terms.** A position-held statement without an end is not evidence that the term still runs. An open term is
  kept when world-leaders-2021's newest commit shows the person in the office (${log.openConfirmedWl}; asOf ${wl.snapshot.dataDate}) or
  the scraper's current-government lists do (${log.openConfirmedList}; asOf the date \`${HOLDERS}\` last changed). Where
  world-leaders-2021 gives the term an end year (the person left in 2021 or 2022), the term ends in that year
  (${log.closedByWl.length}):
${list(log.closedByWl)}
- Open terms confirmed by Wikipedia's list of current leaders (world-leaders-2021 \`${WL_WIKI}\`, of ${wl.wikiDate}:
  the person is listed for the same office, or for the country where the scraper has one open office of theirs;
  asOf ${wl.wikiDate}; ${log.openConfirmedWiki.length}):
${list(log.openConfirmedWiki)}
- Terms of offices counted from a year on (\`OFFICE_FROM\`: Afghanistan's Supreme Leader from 2021; ${log.clamped.length}):
${list(log.clamped)}
- Records left out by hand (\`EXCLUDED_RECORDS\`; ${log.excludedRecords.length} rows):
${list(log.excludedRecords)}
- Dates corrected by hand (\`CORRECTIONS\`, each with the page that gives the date in the script; ${log.corrected.length}):
${list(log.corrected)}
- Open terms no list confirms, left out (${log.openDropped.length}):
${list(log.openDropped)}
- Terms whose end is before their start (Wikidata errors), left out (${log.inverted.length}):
${list(log.inverted)}
- Statements whose several starts and ends came out crossed, paired back in order (${log.crossed.length}):
${list(log.crossed)}
- From world-leaders-2021 alone (offices no scraper follows; years only; ${log.wlOnly.length} terms):
${list(log.wlOnly)}
- world-leaders-2021 rows not used because the scraper has the same term with full dates (${log.wlOnlySkipped.length}):
${list(log.wlOnlySkipped)}
- world-leaders-2021 rows open at an older commit and gone from the newest (ended, end unknown; left out; ${log.wlOpenDropped.length}):
${list(log.wlOpenDropped)}

## Offices
Bundled classes used (${bundledUsed.length}): ${bundledUsed.map((c) => `\`${c}\``).join(', ')}.

Classes made here (${input.classes.length}): per country "President of X", "Prime Minister of X", "Premier of X",
"King of X" (female form "Queen of X"), "Emir of X", "Sultan of X", "Prince of X", "Grand Duke of X", "Captain
Regent of San Marino", "Supreme Leader of X", with the country's name after the preposition as each language writes
it (\`scripts/generate/lib/grammar.ts\`; German genitive for presidents and prime ministers, "von" for monarchs), and
written-out classes for the offices without a common pattern (Bosnia and Herzegovina's chairmen of the presidency
and of the council of ministers, Libya's presidential council, Sudan's military and sovereignty councils, Mali's
national committee, Afghanistan's chief executive, Monaco's minister of state, Andorra's episcopal co-prince,
Myanmar's state counsellor, Samoa's head of state, the pope and the Vatican's pontifical commission, Bahrain's
monarch (emir 1999–2002, then king), Malaysia's Yang di-Pertuan Agong).

Staged packs (\`assets/packs-next/\`) are not read, for classes or people: the staged cabinets and ministers packs,
re-generated, find this pack's classes among the bundled ones and use them.

## Statements
- \`occupation\`: politician; monarch for the holders of monarchical offices (kings, queens, emirs, sultans,
  princes, grand dukes, emperors); none for the pope, the Vatican's pontifical commission and Andorra's episcopal
  co-prince (clergy). \`sex-or-gender\` from the scraper's gender column (${genders} of ${input.built.length}; none
  for those from world-leaders-2021 alone). \`citizenship\`: the country of the office (inferred; the data does not
  state it). \`position-held\`: one per office and continuous term (terms of one office that touch, overlap or follow
  within ${MERGE_GAP_DAYS} days are merged; a statement within another of the same office is dropped), dated as
  the data dates it. No title is written as a \`note\`.
- Source of every statement: the person's English Wikipedia page where the data gives its title (${withWiki} of
  ${input.built.length}), else the data file at its commit. Every entity also lists the data files it comes from.
- Labels: the data's name (Wikidata's English label) in all four languages; alias: the English Wikipedia title
  without its disambiguation where it differs. Ids: the worklist's where it has the person (by Wikidata id or
  title), else from the Wikipedia title or the name.
- Names that need context (${input.contextual.length}; label marked \`needsContext\`, cues president, prime minister,
  king …): the Wikipedia title is disambiguated, the name is one word, two people here share it, or a person of
  another pack has it:
  ${input.contextual.join(', ') || 'none'}.
- Aliases dropped because two entities share them: ${input.dropped.join('; ') || 'none'}.

## Archigos cross-check
Archigos spells (one per effective leader and continuous tenure) that end on or after ${SINCE}, in countries of the
world pack: ${archigos.spells}. A spell is confirmed when a person of this data (written here or already in a pack)
of the same country has a word of the Archigos name (or a spelling a few letters apart: "Kocharian", "Kocharyan")
and a term overlapping the spell:
**${archigos.confirmed} of ${archigos.spells} confirmed** (${archigos.spells ? ((100 * archigos.confirmed) / archigos.spells).toFixed(1) : '0'} %). Of the
confirmed spells that began in 2000 or later and whose person has day dates, ${archigos.startCompared} compared: the
data has a term starting the same day in ${archigos.startSame}, within 7 days in ${archigos.startWithin7} more (an
Archigos spell counts the effective leader, who can take office before or after a title, or hold several; a differing
start is not by itself an error).

Archigos names are mostly surnames ("Arango", "Saksgoburggotski") and it does not say which office a leader held, so
**no Archigos-only leader is written** (better fewer than a guessed name or office). The spells the data does not
match (${archigos.missing.length}) show where the pack is thin: countries without a scraper (Germany, Colombia,
Peru, Iceland, Thailand, Namibia …: only their 2021–2022 holders are in, from world-leaders-2021), scraper gaps, and
leaders Archigos counts whom the offices above do not (juntas, de facto rulers), or names the surname match misses:
${list(archigos.missing)}
- Archigos countries not in the world pack (not checked): ${[...archigos.unmapped].map(([n, c]) => `${n} (${c})`).join(', ') || 'none'}.

## Dates against Wikipedia
${SPOT_CHECK}

${afterAudit(input.entities.length, input.statements)}

## Doubts
- The data is Wikidata's as of 2022 (the scrapers) and October 2022 (world-leaders-2021): later changes are missing;
  open terms are open as of their asOf only.
- Countries without a scraper have only their 2021–2022 leaders (see the Archigos list): a gap, not an error.
- A term that Wikidata splits at a re-election or change of cabinet is joined only when the pieces touch (7 days).
- Acting and interim holders are in where Wikidata has them as holders; the data does not mark them as acting
  (Ariel Henry as President of Haiti, Mohamed Osman Jawari as President of Somalia in 2012, Choo Kyung-ho as Prime
  Minister of South Korea in 2022 …). A term that ends on the day of an election rather than on the successor's
  swearing-in is the data's (Chastanet, below).
- Rival governments are in as the data has them: the Taliban's prime minister and supreme leader (from 2021), the
  Houthi-appointed Prime Minister of Yemen (Abdel-Aziz bin Habtour, open as world-leaders-2021 shows him);
  Mahdi al-Mashat's presidency and Mullah Omar's premiership are left out (\`EXCLUDED_RECORDS\`).
- Labels: the data's name in all four languages, except names with an English title ("Pope Francis", "Henri, Grand
  Duke of Luxembourg", "Margrethe II of Denmark": English label only, ${input.entities.filter((e) => !e.labels.nl).length} people).
- People are left out only as already in a bundled pack (a staged pack may never ship): the people of the staged
  cabinets pack who are heads of state or government are written here, and that pack, re-generated, leaves them out.
- Citizenship is inferred from the office.
`;
}

/**
 * What changed after the audit (assets/packs/curation/leaders.audit.md) and what is left; kept here so the notes stay
 * reproducible.
 */
const afterAudit = (people: number, statements: number) => `## After the audit
Pack after these fixes: **${people} people, ${statements} statements** (1513 and 6259 when audited; 9 people fewer: the
seven Iraqi council presidents, Mujezinović and the second Terbishdagva). Audit of 2026-12-05 (\`assets/packs/curation/leaders.audit.md\`, seed 7331): 152 of 1513 people, 626 statements,
**10 wrong (1.6 %)**, 13 unverifiable; all wrong values were position-held (occupation, sex, citizenship and names 0
wrong). Below the 2 % bar, so no whole-batch correction; every wrong value it found is fixed in the generator:

- **Iraq (finding C.1, fixes 2–4).** The iraq-ministers data files the Iraqi Governing Council's monthly rotating
  presidency (13 rows, 2003-07-13 – 2004-06-01, on 11 people) as "Prime Minister". Those rows are left out by a
  dated \`EXCLUDED_RECORDS\` rule (listed under "Records left out by hand"); Allawi's premiership from 2004-06-01
  and al-Jaafari's of 2005–2006 stay. Seven people had no other office and are gone (Mohammad Bahr al-Ulloum, Masoud
  Barzani, Ahmed Chalabi, Abdul Aziz al-Hakim, Adnan Pachachi, Mohsen Abdel Hamid, Ezzedine Salim); Talabani and
  al-Yawer keep their presidencies, Allawi and al-Jaafari their premierships.
- **Mujezinović (finding C.2, fix 5).** His row as Chairman of the Council of Ministers (the state office) copies his
  premiership of the Federation of Bosnia and Herzegovina (a sub-national office this pack does not follow); left out
  (Q1596641), and with it the person, who had no other office here.
- **Wrong starts and ends (fixes 1, 6–10).** \`CORRECTIONS\` in the script, each with the page that gives the date:
  Khurelsukh's premiership ends 2021-01-27 and his presidency starts 2021-06-25; Jugnauth's 2000 premiership is
  2000-09-17 – 2003-09-30; Imbali's 2019 term starts 2019-10-29; Kaba Thieba's 2016-01-06; Trajkovski's presidency
  1999-12-15. Three more that the audit's neighbour check showed but did not sample were checked against pages (one
  look-up each) and corrected the same way: Sanjaagiin Bayar 2007-11-22 – 2009-10-29 (the data had his successor's
  dates), Nouri al-Maliki from 2006-05-20 (not 2007), Alamara Nhassé from 2001-12-09 (not with Imbali's 2001 start).
- **Terbishdagva.** Two Wikidata items for Mongolia's acting prime minister of 2014: \`dendev-terbishdagva\`
  (Q9318440, 2014-11-06 – 2014-11-20) is kept, with "Dendeviin Terbishdagva" as an alias; Q23061846 (its start,
  2014-10-05, falls in Altankhuyag's term) is left out. The worklist line \`dendeviin-terbishdagva\` stays a
  candidate (the lead may mark it rejected as a duplicate).

**Known remaining work (not done in this pass):**
- **Successor/predecessor consistency.** For every class with one holder at a time, compare each end with the next
  holder's start. The audit counted **1,310 adjacent pairs, 58 overlapping by more than a day and 192 leaving a gap of
  more than a day** (before these fixes); 6 of its 10 wrong values were among them. Each flagged pair should be
  resolved against the infobox of the statement's source page and added to \`CORRECTIONS\`.
- The audit's 13 unverifiable statements were not re-checked (Stefanelli's and Giovagnoli's regencies, Shtayyeh's
  start, Shabangu's, Kalzeubet Pahimi Deubet's, Ibrow's and Barrow's ends, Hariri's 2000–2004 dates, Khasawneh at
  the asOf, Filip's dates).
- Its remarks: terms missing from the data (Massimov 2007–2012, Holness 2011–2012, Momoedonu 2000, Koštunica's
  Yugoslav presidency, Moreno's acting presidency of 2013); acting and interim holders not marked; offices with
  another title counted as the class (Bryant, Fazlul Haque, Bhutan's rotating chairmen); month or year dates where
  the pages have days (Terzić, Vajiralongkorn); the label "Antonio Mascarenhas Monteiro" lacks the accent of the
  Wikipedia title; no sex for the 24 people from world-leaders-2021 alone; descriptions' missing demonyms (compiler).`;

/**
 * The spot check of office dates against stored Wikipedia infoboxes (search corpus \`pages\`), done by hand when the
 * pack was generated; kept here so the notes stay reproducible.
 */
const SPOT_CHECK = `Ten people drawn at random (a fixed-seed linear congruential draw over the entities with an English
Wikipedia source); eight checked against stored copies of their Wikipedia pages (infobox) or another stored page:
Allen Chastanet, Carlos Gomes Júnior, Željko Šturanović, Paul Bérenger, Michel Temer, Artur Sanhá, Gaston Browne,
Gurbanguly Berdimuhamedow (not checked: Adoum Younousmi, Édouard Ngirente).
- 18 dated values (8 people, 9 terms): starts 9 of 9 agree to the day; ends 7 of 8 agree to the day, Chastanet's
  (2021-07-26 in the data, the election day) is 28 July 2021 in the infobox; the one open term (Browne, asOf
  2022-10-10) was still running then.
- **Mismatch rate: 1 of 18 values (5.6 %), two days off.**
- Also checked: Mullah Omar's "Prime Minister of Afghanistan" 1996–2001 (wrong: head of the Supreme Council; left
  out, \`EXCLUDED_RECORDS\`).
- Look-ups: 9 for the checks, 6 to find scraper repositories for countries without one (none found) … 15 in all.`;

main();
