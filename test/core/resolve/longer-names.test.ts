/**
 * Longer names win, and unknown longer names block (issue #20, src/core/resolve/longer-names.ts). Sentences written for these
 * tests in nl, en, fr and de over the bundled packs: a known name inside a longer proper name the data does not hold
 * links to nothing ("Antwerp Expo", "Amsterdam-Osdorp", "Grand Prix van Nederland"), while the same name beside a
 * title, a role, a determiner, a known name, a lower-case compound part or a possessive still links. Every "null" row
 * links its word without the rule (checked when the rule was written: with the rule switched off each of them fails).
 */
import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { createAnnotator } from '../../../src/core/engine/reference';
import type { Lang } from '../../../src/core/kb/schema';

const { index, errors } = loadAndCompilePacks('assets/packs');
if (!index) throw new Error(`the bundled packs do not compile: ${JSON.stringify(errors)}`);
const annotator = createAnnotator(index);

/** One row: the language, the sentence, the words to look at (first occurrence), what they must link to. */
type Case = [lang: Lang, text: string, word: string, expected: string | null];

/** The entity linked exactly on the first occurrence of `word`, or null. */
function linkedAt([lang, text, word]: Case): string | null {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`"${word}" is not in: ${text}`);
  const mentions = annotator.annotate(text, { language: lang, published: '2024-06-01' });
  return mentions.find((m) => m.start === at && m.end === at + word.length)?.entityId ?? null;
}

function table(cases: Case[]): void {
  it.each(cases.map((c) => [`${c[0]}: ${c[2]} in "${c[1]}"`, c] as const))('%s', (_, c) => {
    expect(linkedAt(c)).toBe(c[3]);
  });
}

describe('a name inside an unknown longer name links to nothing', () => {
  table([
    // A capitalised word after the name.
    ['fr', 'Les membres se sont réunis dimanche à Antwerp Expo pour voter.', 'Antwerp', null],
    ['en', 'The delegates met at Antwerp Expo on Sunday morning.', 'Antwerp', null],
    ['nl', 'De leden kwamen zondag samen in Antwerp Expo om te stemmen.', 'Antwerp', null],
    ['en', 'Fans gathered at Rotterdam Ahoy for the final.', 'Rotterdam', null],
    // …also after other known names that the capitalised word ends (session 30).
    ['en', 'Results are expected soon.\n-- Reuters Toronto Bureau 416 941-8100', 'Reuters', null],
    ['en', 'The championships begin on Monday at the U.S. National Tennis Centre in Flushing.', 'U.S.', null],
    ['en', 'Cotton rose on the New York Cotton Exchange despite some easing.', 'New York', null],
    ['en', 'The company moved its offices to Berlin Adlershof last year.', 'Berlin', null],
    // A year after a place's name: an event or a project.
    ['en', 'Paris 2024 organisers met the press in Paris in 2023.', 'Paris', null],
    // A Roman numeral after a name: an agreement, a rule, a reserve team.
    ['fr', 'Selon les règles de Dublin III, le premier pays traite la demande.', 'Dublin', null],
    ['de', 'Nach den Regeln von Dublin III ist das erste Land zuständig.', 'Dublin', null],
    ['en', 'Banks must hold more capital under Basel III from next year.', 'Basel', null],
    ['nl', 'Volgens de regels van Dublin III moet het eerste land de aanvraag behandelen.', 'Dublin', null],
    // A channel's number before a programme's time, in a listing.
    ['nl', 'Televisie Storyville BBC 2 02.25 Een portret van de schrijver.', 'BBC', null],
    ['nl', 'Het journaal is te zien op Nederland 1 20.00 en later.', 'Nederland', null],
    ['en', 'Wimbledon BBC 1 13.15 Live coverage of the final.', 'BBC', null],
    // A capitalised word before a place's name.
    ['nl', 'De wedstrijd werd gespeeld in het Koning Boudewijnstadion Brussel.', 'Brussel', null],
    ['nl', 'De band speelde op Pukkelpop en in Sportpaleis Antwerpen.', 'Antwerpen', null],
    // A capitalised word joined by a hyphen.
    ['nl', 'Het proces in de gerechtsbunker in Amsterdam-Osdorp is zwaar beveiligd.', 'Amsterdam', null],
    ['en', 'Flights from London-Heathrow were delayed for hours.', 'London', null],
    // …in capitals, to a word in capitals that is no known name (session 30).
    ['en', 'BELGIAN GRAND PRIX PRACTICE TIMES.\nSPA-FRANCORCHAMPS, Belgium 1996-08-23', 'SPA', null],
    [
      'en',
      'The press review:\nAS-SAFIR - Parliament Speaker Berri said Israeli threats serve no peace.',
      'AS',
      null,
    ],
    // Known names too, in Dutch, where a compound's noun after a hyphen is in lower case: names joined with no such
    // noun are a match, a race or a region.
    ['nl', 'Zondagavond keek half Vlaanderen naar Nederland-Italië op groot scherm.', 'Nederland', null],
    ['nl', 'Zondagavond keek half Vlaanderen naar Nederland-Italië op groot scherm.', 'Italië', null],
    ['nl', 'De uitslag van de halve finale Frankrijk--Spanje bleef lang onzeker.', 'Spanje', null],
    ['nl', 'Hij won in maart Parijs-Nice en viel later uit in de Ronde.', 'Parijs', null],
    ['nl', 'Veel jonge mensen trekken weg uit Noord-Afrika naar Europa.', 'Afrika', null],
    ['nl', 'De rit Luik-Bastenaken-Luik is de oudste klassieker.', 'Bastenaken', null],
    ['nl', 'Zondag reed de ploeg Gent-Wevelgem met drie kopmannen.', 'Wevelgem', null],
    // …and the first part of such a name written once for two, whose rest stands after "en".
    ['nl', 'De reizende tentoonstelling gaat daarna naar Noord- en Zuid-Amerika.', 'Noord', null],
    // Only a comma sets the name before the joiner apart, not a parenthesis (session 28, Europeana).
    [
      'fr',
      "Les inscriptions sont reçues au secrétariat de la Société des courses (Mairie de Saint-Malo) jusqu'au 8 août.",
      'Saint-Malo',
      null,
    ],
    // A given name alone before a surname's particle: a byname, the person's (session 28, CoNLL-2002).
    ['nl', 'Jan van Eyck leerde Antonello da Messina de techniek van de olieverf.', 'Messina', null],
    ['nl', 'Het paneel kwam van de hand van Jan van Brugge, zoals men hem toen noemde.', 'Brugge', null],
    // An acronym the data knows only in a context the article does not give is as unknown there (session 32).
    [
      'nl',
      'Daarvan worden er 668 tewerkgesteld door AMP België en 986 door AMP Zwitserland.',
      'België',
      null,
    ],
    [
      'nl',
      'Daarvan worden er 668 tewerkgesteld door AMP België en 986 door AMP Zwitserland.',
      'Zwitserland',
      null,
    ],
    // A country's code after it in results: a competitor's name, alone or with more of it (session 32, CoNLL-2002).
    ['nl', '70. Francisco Leon (Spa) Paolo Savoldelli (Ita) 71. Tyler Hamilton (VS)', 'Leon', null],
    [
      'nl',
      'Eerste ronde: Drake (Can) 6 - 0, 6 - 4 -- Leon Garcia (Spa) - Krasnoroutskaya (Rus) 7 - 5',
      'Leon',
      null,
    ],
    ['nl', '69. George Hincapie (VS) Leon van Bon (Ned) Ivan Gutierrez (Spa)', 'Leon', null],
    ['nl', 'Ovtseva (Rus) 6 - 0 -- de los Rios (Zwi) - Vavrinec (Zwi) 6 - 4', 'los Rios', null],
    // Joined by van / of / de to the capitalised name of a thing that opens with a determiner.
    ['nl', 'Max Verstappen heeft zondag de 32ste Grand Prix van Nederland gewonnen.', 'Nederland', null],
    [
      'nl',
      'Vorig jaar, tijdens de eerste Grote Prijs van Nederland sinds 1985, won hij ook.',
      'Nederland',
      null,
    ],
    ['nl', 'Hij werkte jaren bij de Universiteit van Gent als docent.', 'Gent', null],
    // A known shorter name may head the longer one: "de Ronde" alone is the Tour of Flanders.
    ['nl', 'Hij had alles op de Ronde van Zwitserland gezet.', 'Zwitserland', null],
    // …and the short name itself heads another race of its pattern, a place's or an unknown name after the joiner
    // (session 26); with no joiner after it, "de Ronde" is the Tour of Flanders.
    ['nl', 'Hij had alles op de Ronde van Zwitserland gezet, zei de renner.', 'Ronde', null],
    ['nl', 'Hij won vorige week de Ronde van de Oise, zei de renner.', 'Ronde', null],
    ['nl', 'Hij had alles op de Ronde gezet, zei de renner.', 'Ronde', 'tour-of-flanders'],
    // …also where its own name has the joiner of another language: "Tour de France" (session 28).
    ['en', 'He won a stage of the Tour of the Netherlands, the cycling team said.', 'Tour', null],
    [
      'en',
      'He tested positive during the Tour of Switzerland in June, the Italian cyclist said.',
      'Tour',
      null,
    ],
    // Where the event's own names do not go on so, the place names its edition ("de Spelen van Sydney").
    ['nl', 'Zij won een medaille op de Spelen van Sydney.', 'Spelen', 'olympic-games'],
    ['en', 'He won the Grand Prix of Belgium twice in a row.', 'Belgium', null],
    ['en', 'He studied at the University of Ghent for three years.', 'Ghent', null],
    ['fr', "Il a remporté le Grand Prix d'Italie l'an dernier.", 'Italie', null],
    // A club's or a station's prefix or suffix, even in capitals or a name itself.
    ['nl', 'De politie bewaakt donderdag de wedstrijd tegen FC Antwerp in Deurne.', 'Antwerp', null],
    ['nl', 'Op vrijdag speelt Sporting Lokeren thuis tegen Roda JC.', 'Lokeren', null],
    ['nl', 'Er zijn nog twee stations actief: Radio Magdalena en een zender van de kerk.', 'Magdalena', null],
    ['en', 'The striker joined Antwerp FC from a club in the Netherlands.', 'Antwerp', null],
    // …in a Title Case line too: a programme listing, a table of results.
    [
      'nl',
      'Radio vandaag\nStereokini Studio Brussel 12.00\nDe presentator praat met luisteraars.',
      'Brussel',
      null,
    ],
    [
      'en',
      'League results on Saturday:\nBristol Rovers 3 Wrexham 1\nSheffield United 2 Stoke 0',
      'Bristol',
      null,
    ],
    // A team's name in a row of results, whose capitals are a name's even at the line's start and in Title Case: the
    // capitalised words around the place's name run up to a figure, and the line holds another (session 25).
    ['en', 'Results on Saturday:\nAlbarin Rostock 2 Hamburg 1\nLeeds 0 Fulham 3', 'Rostock', null],
    ['en', 'Standings after Sunday:\nCorvina Krakow 7 5 1 1 13 7 16\nLeeds 7 4 2 1 12 9 14', 'Krakow', null],
    ['en', 'Played on Saturday:\nSydney Kestrels 26 Newcastle 24', 'Sydney', null],
    ['en', 'Results on Sunday:\nLeeds 1 NKT Breda 2', 'Breda', null],
    // …the team's country in parentheses before the score (session 29).
    ['en', 'In Varna: Corvina Sofia (Bulgaria) 1 Olimpija (Slovenia) 0 (0-0)', 'Sofia', null],
    // …in a line of prose too, where a word that stands beside a place for a part of it is the team's (session 26).
    ['en', 'Played on Sunday: Penrith 12 North Sydney 46 South Sydney 4 Manly 10.', 'Sydney', null],
    ['en', 'Standings:\nManly 21 17 0 4 34\nNorth Queensland 21 6 0 15 12', 'Queensland', null],
    // A club's year of founding before a place's name in a row of results; a club's prefix written with stops (session
    // 26).
    ['en', 'Standings:\nWerder Bremen 4 1 1 2 5 6 4\n1860 Munich 3 1 0 2 3 5 3', 'Munich', null],
    ['en', 'Gloria Bistrita beat F.C. Valletta 2-1 in the Cup Winners Cup.', 'Valletta', null],
    // An acronym the data does not know before a place's name in small letters: a club's or a firm's (session 26).
    ['en', 'Ajax opened their season with a 1-0 win over NAC Breda on Wednesday.', 'Breda', null],
    ['en', 'BUDAPEST 1996-08-21\nIFK Gothenburg of Sweden drew 1-1 with Ferencvaros.', 'Gothenburg', null],
    // A person's initial before a place's name makes a surname of it, in prose or a scorecard (session 25).
    ['en', 'Score: England 326 (J. Crawley 106, G. Thorpe 54).', 'Crawley', null],
    ['en', 'Yorkshire 305-5 (M. Vaughan 57 not out) v Lancashire.', 'Vaughan', null],
    // A country's code against a dollar sign is the currency's symbol (session 25).
    ['en', 'Costs rose by US$ 300 million last year.', 'US', null],
    ['en', 'Half of the fund is held in US$ bonds.', 'US', null],
    ['en', "The pa'anga closed at T$ 2.35 on Friday.", 'at T', null],
    // A spelling the packs do not list (a transliteration key's match) beside a capitalised word is part of a longer
    // name, most often a person's (session 23). Before it, a given name the data knows also makes it a surname
    // (bearerBeside, the same session); after it, only this rule reads the capital.
    ['en', 'Colin Montgomerie finished second in the tournament.', 'Montgomerie', null],
    ['en', 'Eric Anthony hit two home runs for the Rockies.', 'Anthony', null],
    ['en', 'The title went to Montgomerie Smith of Ohio.', 'Montgomerie', null],
    // English clubs' suffixes, which are names themselves ("City", "United"), at a sentence's start too (session 23).
    ['en', 'Bristol City beat Sheffield United 2-1 on Saturday.', 'Bristol', null],
    ['en', 'Bristol City beat Sheffield United 2-1 on Saturday.', 'Sheffield', null],
    ['en', 'The Red Sox won 6-4 over the Oakland Athletics on Tuesday.', 'Oakland', null],
    // A newspaper's or a race's word after a place's name, also in a line in capitals or where it is a name itself
    // (session 29).
    ['en', 'JERUSALEM POST - Palestinian Minister Erekat says talks will begin.', 'JERUSALEM', null],
    ['en', 'ATHLETICS - BRUSSELS GRAND PRIX RESULTS.', 'BRUSSELS', null],
    ['en', 'Police detained him on Friday, the Hong Kong Standard said.', 'Hong Kong', null],
    // A noun of a place's kind with a capital after a place's name, in English: a body's or a place's name (session 27).
    ['en', 'In Home Health said the U.S. District Court in Minneapolis ruled in its favour.', 'U.S.', null],
    ['en', "It said the U.S. State Department's coordinator would visit.", 'U.S.', null],
    // …nor is the suffix, Manchester City's short name, another club's (session 27).
    [
      'en',
      'Soccer - English league: Bury v Bristol City, Crewe v Watford, Gillingham v Chesterfield.',
      'City',
      null,
    ],
    ['en', 'Bristol City beat Blackpool 2-0 in the league on Saturday.', 'City', null],
    // German clubs' prefixes, although German capitalises every noun (session 22).
    ['de', 'Die Niederlage am Sonntag gegen den SC Paderborn schmerzte.', 'Paderborn', null],
    ['de', 'Abwehrchef Barletta wird der VfL Osnabrück am Samstag vermissen.', 'Osnabrück', null],
    ['de', 'Zur Runde 1969/70 unterschrieb er beim SSV Reutlingen einen neuen Vertrag.', 'Reutlingen', null],
    // …and the nouns of an institution named by its town, right before the town's name (session 23).
    ['de', 'Er war Professor der Architektur an der Universität Gießen.', 'Gießen', null],
    ['de', 'Er promovierte an der Medizinischen Hochschule Hannover über Rückfälle.', 'Hannover', null],
    ['de', 'Das Stück wurde im Deutschen Theater Berlin uraufgeführt.', 'Berlin', null],
    ['de', 'Er habilitierte sich 1927 an der TH Zürich.', 'Zürich', null],
    ['de', 'Das Konzert in der Arena Wien war ausverkauft.', 'Wien', null],
    ['de', 'Die Gäste unterlagen beim MSV Duisburg mit 1:2.', 'Duisburg', null],
    // A name that needs context after a capitalised word that no article and lower-case adjective make a noun.
    ['de', 'Das Buch erschien beim Mitteldeutschen Verlag Halle in der Stadt an der Saale.', 'Halle', null],
    ['de', 'Er ist Trainer beim Traditionsverein Preußen Münster in Deutschland.', 'Münster', null],
    // A town's name joined by a hyphen to a capitalised word right after a place's preposition: a district's name,
    // although German capitalises every noun (session 24).
    ['de', 'Der Verein hat seine Geschäftsstelle in Berlin-Charlottenburg eröffnet.', 'Berlin', null],
    ['de', 'Die Maschine landete am Abend in Köln-Wahn.', 'Köln', null],
    ['de', 'Nach dem Umzug nach Düsseldorf-Gerresheim blieb er dort.', 'Düsseldorf', null],
    // Two names the data knows joined by a hyphen or a dash make a name of their own, a route, a car or a product,
    // where nouns have capitals too (session 26).
    ['de', 'Im Training fuhr er seinen McLaren-Mercedes nur zehn Runden.', 'McLaren', null],
    ['de', 'Die Strecke Düren–Euskirchen wurde zur Nebenbahn.', 'Euskirchen', null],
    ['de', 'Das Lexikon erschien auch als CD-ROM für Schulen.', 'ROM', null],
    // A town's name after an article, which towns do not take, names what the capitalised word after it names
    // (session 26).
    ['de', 'Das New York Festival beginnt heute am Hafen.', 'New York', null],
    ['de', 'Das Los Angeles Philharmonic spielte gestern in Wien.', 'Los Angeles', null],
    // A club's prefix a word or two before its town's name, the club's own name between (session 26).
    ['de', 'Der FC Carl Zeiss Jena verlor am Samstag zu Hause.', 'Jena', null],
    ['de', 'Sie startete für den SC DHfK Leipzig im Kunstspringen.', 'Leipzig', null],
    ['de', 'Er wechselte im Sommer zum FC Chelsea London.', 'London', null],
    // …its words joined by a hyphen too (session 31).
    ['de', 'Am Sonntag bestreitet er das Spiel gegen den SV Wehen-Wiesbaden.', 'Wiesbaden', null],
    // German clubs' words and the foreign ones the German press writes (session 31).
    ['de', 'Die HSG Wetzlar gewann das Spiel mit vier Toren.', 'Wetzlar', null],
    ['de', 'Der TBV Lemgo verlor am Sonntag in eigener Halle.', 'Lemgo', null],
    ['de', 'Der Stürmer kam vom TuS Koblenz in die zweite Liga.', 'Koblenz', null],
    ['de', 'Der EHC München gewann das dritte Finale.', 'München', null],
    ['de', 'Im Halbfinale trifft der Meister auf die SG Flensburg-Handewitt.', 'Flensburg', null],
    ['de', 'Im Achtelfinale wartet nun Spartak Moskau auf die Bayern.', 'Moskau', null],
    ['de', 'Er spielte drei Jahre für Sparta Prag in der ersten Liga.', 'Prag', null],
    // Foreign suffixes after any name, where nouns have capitals, a word or two of the name's own between; a prefix
    // before a place's (session 27).
    ['de', 'Die Firma wurde 1998 als Google Inc. in Kalifornien gegründet.', 'Google', null],
    ['de', 'Die Reederei Mærsk Line meldete am Montag hohe Gewinne.', 'Mærsk', null],
    ['de', 'Die Dow Jones Sustainability Indexes bewerten die Firmen jährlich.', 'Dow Jones', null],
    ['de', 'Im Herbst startete Sampras bei den US Open in New York.', 'US', null],
    ['de', 'Jetzt ist die NATO Response Force einsatzbereit.', 'NATO', null],
    ['de', 'Die Fluggesellschaft Air Berlin strich am Montag viele Flüge.', 'Berlin', null],
    // Another language's joiner after a capitalised word: a foreign name the German text quotes.
    ['de', 'Er gründete die Front de Libération de la Côte des Somalis.', 'Libération', null],
    ['de', 'Die Bank of Japan senkte am Dienstag den Leitzins.', 'Japan', null],
    // A region's qualifier after a place's name, in lower case but a compass point (session 23).
    ['fr', 'Les investisseurs misent trop sur la Suisse romande cette année.', 'Suisse', null],
    ['fr', 'Il a toujours vécu en Suisse alémanique, près de Bâle.', 'Suisse', null],
    ['fr', 'Derby romand samedi soir à la patinoire de Montchoisi.', 'Derby', null],
    ['fr', "La constitution d'un bloc de l'Europe occidentale est à l'étude.", 'Europe', null],
    ['fr', 'Les forces libres se sont regroupées en Afrique du Nord en 1942.', 'Afrique', null],
    ['fr', "De France, les forces libres ont rejoint l'Afrique du Nord en 1942.", 'Nord', null],
    // A street's noun before a place's name, with a joiner or none, whole or abbreviated: the street's name.
    ['fr', 'Le cortège a remonté la rue de Rennes jusqu’à la gare.', 'Rennes', null],
    ['fr', 'Il habitait boulevard de Clichy depuis dix ans.', 'Clichy', null],
    ['fr', 'Un incendie a éclaté faubourg Saint-Martin dans la nuit.', 'Saint-Martin', null],
    ['fr', "L'agence s'est installée 12, avenue d'Italie.", 'Italie', null],
    ['fr', 'Le laboratoire est au 46, r. de Moscou, à côté du square.', 'Moscou', null],
    ['fr', 'LA BOMBE DE LA RUE DE BONDY', 'BONDY', null],
    // A name joined by hyphens through a particle in lower case to a capital: a place's name of its own.
    ['fr', 'Le navire est parti de Saint-Martin-de-Ré le 24 juillet.', 'Saint-Martin', null],
    ['fr', 'Un collégien de seize ans, près de Francfort-sur-le-Mein, a disparu.', 'Francfort', null],
    ['fr', 'Les attaques allemandes dans la région du Four-de-Paris ont été repoussées.', 'Paris', null],
    // A court's noun before "de" and a place's name: the court's name.
    ['fr', 'Le tribunal de Lille a condamné le voleur à deux mois.', 'Lille', null],
    ['fr', "Il est conseiller à la cour d ' appel de Rennes depuis 1905.", 'Rennes', null],
    ['fr', 'Le tribunal de commerce de Nantes a rendu son jugement.', 'Nantes', null],
    ['fr', 'La cour criminelle de Vaucluse a condamné Dominique Pelicot à vingt ans.', 'Vaucluse', null],
    ['fr', 'Le président de la chambre de commerce de Bayonne a été reçu.', 'Bayonne', null],
    // A known name that keeps lower-case words, joined by "de" to a place's: a branch or a body of its own; a title in
    // quotation marks; an elision's apostrophe as a transcription sets it apart.
    ['fr', "Le Conseil de l'Ecole polytechnique de Zurich a délivré les diplômes.", 'Zurich', null],
    ['fr', "Il a présidé la Caisse d'épargne de Paris pendant dix ans.", 'Paris', null],
    ['fr', "Selon l'« Echo de Paris », l'emprunt sera lancé.", 'Paris', null],
    ['fr', 'Elle a chanté avec les « Petits chanteurs de Montana » hier soir.', 'Montana', null],
    ['fr', "L ' Electricité de Paris a cédé deux points.", 'Paris', null],
    // …in English a body's noun with a capital, with no article before it (session 28).
    ['en', 'NOTES - Bank of Spain announces balance of payments.', 'Spain', null],
    ['en', 'Seven ministers and the governor of Bank of Israel will visit.', 'Israel', null],
    ['en', 'Police said Revolutionary Armed Forces of Colombia rebels fled.', 'Colombia', null],
    // A known name joined inside by "of", after a capitalised word that heads it: another thing's name.
    ['en', 'Governor Rangarajan said the Reserve Bank of India would act.', 'Bank of India', null],
    ['en', 'Loans from the Industrial Development Bank of India rose.', 'Bank of India', null],
    // A person's title before a place's name: the person's name.
    ['fr', 'Autour du cadavre du général Douai rôdait son petit chien.', 'Douai', null],
    ['fr', 'Le capitaine Dreux commandait la compagnie.', 'Dreux', null],
    // An abbreviation's own full stop ends no sentence: the capitalised word after it makes a longer name (session 22).
    ['en', 'He reached the quarter-finals of the U.S. Open on Monday.', 'U.S.', null],
    ['en', 'A sharp plunge in U.S. Treasuries followed the data.', 'U.S.', null],
    // …and before a known name too, which it opens as its owner's part (session 30).
    ['en', 'The case says the U.S. Food and Drug Administration broke the law.', 'U.S.', null],
    ['en', 'There were 162 rigs under contract in the U.S. Gulf as of August 30.', 'U.S.', null],
    // A sign-off line opened by a dash is no headline: its capitals make a longer name (session 22).
    ['en', 'The bank said on Friday.\n-- Warsaw Newsroom +48 22 653 9700', 'Warsaw', null],
    ['en', 'Rates eased.\n-- Luli Popescu, Bucharest Newsroom 40-1 3120264', 'Bucharest', null],
    ['en', 'Crude fell.\n-- Harry Milling, New York Energy Desk, +1 212-859-1761', 'New York', null],
    // A model's code after a maker's name, a version's number after a product's: the model's name (session 28).
    ['en', 'The hijacked Airbus A310 landed at Stansted on Tuesday.', 'Airbus', null],
    ['en', 'The software maker said sales of its operating system Windows 95 were strong.', 'Windows', null],
    // A row of results or of a table is no headline: its capitals are names' (session 28).
    [
      'en',
      'Rally results:\n1. Tommi Makinen (Finland) Mitsubishi Lancer 4 hours 4 minutes',
      'Mitsubishi',
      null,
    ],
    ['en', 'Standings:\nLada Togliatti 24 4 6 14 15 37 18', 'Lada', null],
    // …where a capitalised word before a maker's name makes a team's or a car's name (session 28).
    ['en', 'Qualifying times:\n1. Alex Zanardi (Italy), Reynard Honda, 53.980', 'Honda', null],
    ['en', 'Results:\n3. Anthuan Maybank (U.S.) 44.92', 'Maybank', null],
    ['en', 'Scorers:\nValletta - Gilbert Agius (24th)', 'Gilbert', null],
    // …or with names and their countries in parentheses: a draw, a list of players (session 30).
    ['en', 'The draw:\nx-AEK Athens (Greece) v Chemlon Humenne (Slovakia)', 'Athens', null],
    // A name's particle in lower case between a name and a capitalised word, in English (session 28).
    ['en', 'South African apartheid killer Eugene de Kock was found guilty.', 'Eugene', null],
    ['en', 'Hiddink called in midfielder Giovanni van Bronckhorst on Monday.', 'Bronckhorst', null],
    ['en', 'Banco de Mexico sought to inject 3.4 billion pesos.', 'Mexico', null],
    ['en', 'The tries were scored by Andre Cloete and Leon van der Wath.', 'Leon', null],
    // A surname's particle, capitalised mid-sentence: "Van Diepenbeek", "Luc Van Lierde".
    ['nl', 'Het record sneuvelt niet, zegt Van Diepenbeek, klimatoloog aan het KMI.', 'Diepenbeek', null],
    ['nl', 'Triatleet Luc Van Lierde vindt het maar niets.', 'Lierde', null],
    ['nl', 'Volgens Van Gent is de ploeg klaar voor de finale.', 'Gent', null],
    // In capitals, after a name's particle of another language: a foreign name (session 31).
    [
      'en',
      'Press digest:\nJORNAL DE ANGOLA - The Angolan Chief of State addressed the nation.',
      'ANGOLA',
      null,
    ],
    // An abbreviation with stops before a known name that opens with a noun of a kind (session 31).
    [
      'en',
      'Wisconsin submitted a plan to the U.S. Department of Health and Human Services for approval.',
      'U.S.',
      null,
    ],
    // A town's name after an article and before a people's name in the plural: a team's (session 31).
    [
      'en',
      'The Milwaukee Brewers sent the Cleveland Indians to their third straight loss.',
      'Cleveland',
      null,
    ],
  ]);
});

describe('a longer name the data knows wins over the name inside it', () => {
  table([
    ['en', 'He moved from Bristol to Sheffield last year.', 'Bristol', 'bristol'],
    [
      'en',
      "It sponsored last week's U.N. Security Council resolution.",
      'U.N. Security Council',
      'un-security-council',
    ],
    // A title is no part of the name: the unlisted spelling still finds the person.
    ['en', 'Ukrainian President Zelenskyj met the envoys in Kyiv.', 'Zelenskyj', 'volodymyr-zelenskyy'],
    ['en', 'Mexico City and Cape Town are large cities.', 'Cape Town', 'cape-town'],
    ['en', 'He scored twice for Royal Antwerp last season.', 'Royal Antwerp', 'royal-antwerp'],
    [
      'nl',
      'Ze studeert aan de Vrije Universiteit Brussel.',
      'Vrije Universiteit Brussel',
      'vrije-universiteit-brussel',
    ],
    [
      'fr',
      "Elle enseigne à l'université Paris-Saclay.",
      'université Paris-Saclay',
      'university-of-paris-saclay',
    ],
    ['en', 'The Israel-Hamas war entered its second month.', 'Israel-Hamas war', 'gaza-war'],
    // An event listed by its description needs its context; where it has none, the name inside it is read.
    [
      'fr',
      "Après les européennes du 9 juin 2024, la dissolution de l'Assemblée nationale surprend.",
      "dissolution de l'Assemblée nationale",
      '2024-dissolution-of-the-french-national-assembly',
    ],
    [
      'fr',
      "Le président a annoncé la dissolution de l'Assemblée nationale et des élections.",
      'Assemblée nationale',
      'national-assembly-france',
    ],
  ]);
});

describe('the same names still link beside what is no part of them', () => {
  table([
    // A figure that is no channel's number before a time.
    ['nl', 'Nederland won met 2 - 1 van Italië.', 'Nederland', 'netherlands'],
    ['nl', 'De BBC zond om 20.30 een reportage uit.', 'BBC', 'bbc'],
    // A country's name in parentheses is no code: the place before it is a place.
    ['nl', 'Hij woont in Leon (Spanje) en werkt in Brugge.', 'Leon', 'leon'],
    // Titles and roles, of every language, before and after.
    ['en', 'On Tuesday Chancellor Scholz met the press in Berlin.', 'Scholz', 'olaf-scholz'],
    ['en', 'The talks were led by President Emmanuel Macron in Paris.', 'Paris', 'paris'],
    ['nl', 'Volgens premier Rutte is Nederland er klaar voor.', 'Nederland', 'netherlands'],
    ['en', 'The EU Trade Commissioner spoke in Geneva on Monday.', 'EU', 'european-union'],
    // A person's name before "van" / "of": "Abdullah van Jordanië" is the king of that country.
    ['nl', 'Koning Abdullah van Jordanië sprak in Amman.', 'Jordanië', 'jordan'],
    ['en', 'Lionel Messi of Argentina lifted the trophy.', 'Argentina', 'argentina'],
    // …nor a surname before "van", nor a given name after a title, nor English "of", which opens no surname.
    ['nl', 'Gisteren sprak Sam Nujoma van Namibië de vergadering toe.', 'Namibië', 'namibia'],
    ['en', 'Princess Stephanie of Monaco was seen in Rome.', 'Monaco', 'monaco'],
    // …nor a title or a sentence's first word before a name joined inside by "of".
    ['en', 'He said Chairman Bank of America would wait.', 'Bank of America', 'bank-of-america'],
    ['en', 'Former Bank of England governor Mervyn King spoke.', 'Bank of England', 'bank-of-england'],
    // A people's name after a town's with no article before, or in the singular, is the people's (session 31).
    ['en', 'Cleveland Indians living there marked the festival.', 'Cleveland', 'cleveland'],
    ['en', 'He visited the Cleveland Indian community centre.', 'Cleveland', 'cleveland'],
    // …also where a determiner stands before the apposition, across its comma.
    [
      'nl',
      'Slechts één bevriend staatshoofd, Sam Nujoma van Namibië, was ingegaan op de uitnodiging.',
      'Namibië',
      'namibia',
    ],
    ['nl', 'De laatste gast, Sam Nujoma van Namibië, kwam te laat.', 'Namibië', 'namibia'],
    // A club's suffix that is a name itself, with no name before it: Manchester City's "City" (session 27).
    ['en', 'After the league match, City fans celebrated.', 'City', 'manchester-city'],
    // A place's name alone in a row of results; a headline's single figure; a state's abbreviation after a town in a
    // table of prices; a common word before the name.
    ['en', 'Results on Saturday:\nLeeds 2 Hamburg 1', 'Hamburg', 'hamburg'],
    ['en', 'In Sofia: Corvina Varna (Bulgaria) 1 Olimpija (Slovenia) 0 (0-0)', 'Sofia', 'sofia'],
    ['en', 'In Varna: Corvina Sofia (Bulgaria) 1 Olimpija (Slovenia) 0 (0-0)', 'Bulgaria', 'bulgaria'],
    ['en', 'Floods Hit Texas 3 Days Before Vote', 'Texas', 'texas'],
    ['en', 'Cash grain prices:\nPortland OR 5.60 up .02 5.17 dn .01', 'Portland', 'portland'],
    ['en', 'Scores:\nIn Paris 2 Arrested After Protest, 5 Hurt', 'Paris', 'paris'],
    // A count of thousands after a part of a town is no score; a known acronym before a place is a name of its own,
    // a word of the language in capitals none (session 26).
    ['en', 'In Central Paris 2,000 police were deployed and 50 people were arrested.', 'Paris', 'paris'],
    // A body's noun in lower case, where names' words have capitals, is no body's name (session 28).
    ['en', 'The protesters gathered on the south bank of the Thames in London.', 'Thames', 'thames'],
    ['en', 'He led the party of Iran in the talks.', 'Iran', 'iran'],
    // A maker's name after a country in parentheses in a row; after a capitalised adjective in prose (session 28).
    ['en', 'Results:\n1. Yuuchi Takeda (Japan) Honda 38 minutes', 'Honda', 'honda'],
    ['en', "Leaders of the Shi'ite Hizbollah met on Monday in Beirut.", 'Hizbollah', 'hezbollah'],
    // A headline with figures apart is no row (session 28).
    ['en', 'Markets\nNissan Sales Rise 12 Percent in 1996 to 200,000', 'Nissan', 'nissan'],
    // A maker's count in a results row, a period of its business year, a price: no model's (session 28).
    ['en', 'Superbike results:\n5. Colin Edwards (U.S.) Yamaha 176', 'Yamaha', 'yamaha'],
    ['en', 'Rail operator Deutsche Bahn H1 pre-tax profit rose 17.5 pct.', 'Deutsche Bahn', 'deutsche-bahn'],
    ['en', 'Airbus 72.50 was the close on Friday.', 'Airbus', 'airbus'],
    ['en', 'The AFP Paris bureau and the BBC London office confirmed it.', 'Paris', 'paris'],
    ['en', 'Yellow rose to 9,800 rupees FOR Bombay 9,800 8,800 from 9,700.', 'Bombay', 'mumbai'],
    // …nor a long word in capitals, or one after another, which end a headline that lost its line break; nor, where
    // nouns have capitals, a noun and a figure after a place in prose (session 26).
    [
      'fr',
      'Un drame. ASSASSINAT Chartres, 24 juillet. Hier matin, on a trouvé un corps.',
      'Chartres',
      'chartres',
    ],
    [
      'fr',
      'UN DRAME EN MER Berlin, 26 juillet. Dans les milieux autorisés, on déclare que le navire a coulé.',
      'Berlin',
      'berlin',
    ],
    [
      'de',
      'Der Song erreichte in Irland und Brasilien Platz 1 der Charts, in Spanien Platz 3.',
      'Brasilien',
      'brazil',
    ],
    // A place's name in capitals beside a word in small letters: the case turns where a heading or a dateline lost its
    // line break, for a longer name keeps one case (session 31, HIPE).
    ['fr', 'LAUSANNE On nous prie de faire connaître le résultat des conférences.', 'LAUSANNE', 'lausanne'],
    [
      'fr',
      "SUISSE Chambres fédérales. — Le Conseil des Etats a abordé l'examen du rapport.",
      'SUISSE',
      'switzerland',
    ],
    ['fr', 'ESPAGNE.\npai Ma MADRID I " juin. — Le chef de bande carliste est arrêté.', 'MADRID', 'madrid'],
    // A common word of the language with a capital after a name opens a sentence whose break was lost (HIPE).
    [
      'fr',
      'Handball: la Suisse contre le Portugal Dans le tour préliminaire, la Suisse a gagné.',
      'Portugal',
      'portugal',
    ],
    ['fr', 'Les menées nazistes en Suisse Notre correspondant de Berne nous écrit.', 'Suisse', 'switzerland'],
    // An abbreviation with stops that is no club's prefix before a place's name (session 26).
    ['en', 'The ferry left the U.K. Valletta was its next port of call.', 'Valletta', 'valletta'],
    // No initial: a sentence's end before the name, and the last letter of an abbreviation written with stops.
    ['en', 'He moved to Crawley. Prices there rose.', 'Crawley', 'crawley'],
    ['en', 'He moved from Kyiv to the U.S. Texas was his first stop.', 'Texas', 'texas'],
    // …nor a title of the article's language: French "M." is Monsieur.
    ['fr', 'Hier soir, M. Gilbert a pris la parole devant la Chambre.', 'Gilbert', 'gilbert'],
    // A dollar sign apart from the name.
    ['en', 'The US paid $ 300 million for it.', 'US', 'united-states'],
    ['en', 'The contract is worth US $5 billion.', 'US', 'united-states'],
    // The same places with no prefix or suffix beside them.
    ['en', 'The company moved its offices from Antwerp to Ghent last year.', 'Antwerp', 'antwerp'],
    ['nl', 'Op vrijdag speelt de ploeg thuis in Lokeren tegen Roda JC.', 'Lokeren', 'lokeren'],
    ['de', 'Die Mannschaft spielte am Sonntag in Paderborn vor vollem Haus.', 'Paderborn', 'paderborn'],
    // A sign-off's city where nothing capitalised stands after it; a line of prose before a dash is prose.
    ['en', 'Prices rose in Warsaw on Friday.\n-- Reuters, Warsaw', 'Warsaw', 'warsaw'],
    // The particle in lower case, or opening the sentence, is a preposition or an article: "van Diepenbeek naar".
    ['nl', 'De fietsers reden zondag van Diepenbeek naar Hasselt.', 'Diepenbeek', 'diepenbeek'],
    ['nl', 'Van Diepenbeek naar Hasselt is het een kwartier fietsen.', 'Diepenbeek', 'diepenbeek'],
    // A determiner after a dash or a quote; a word in capitals (an acronym, a shouted headline).
    [
      'en',
      'GENEVA (AP) — The World Health Organization warned on Friday.',
      'World Health Organization',
      'world-health-organization',
    ],
    ['en', 'CRICKET - ENGLAND V PAKISTAN FINAL TEST', 'PAKISTAN', 'pakistan'],
    // A numeral of one letter is a word or a sign; a numeral that names the entity is part of its name.
    ['en', 'England V Pakistan ended in a draw.', 'England', 'england'],
    ['en', 'In Minsk I met the mayor twice.', 'Minsk', 'minsk'],
    // The title before it is left out of the highlight (session 29: resolve.ts, nameStart).
    ['en', 'Queen Elizabeth II opened the session.', 'Elizabeth II', 'elizabeth-ii'],
    // The next sentence or line, and an adjective before a name.
    ['nl', 'Het gebeurde in Antwerpen.\nVoetbal is daar populair.', 'Antwerpen', 'antwerp'],
    // A known name beside it: two names, not one.
    ['en', 'The Israel-Iran talks entered their second week on Tuesday.', 'Israel', 'israel'],
    ['nl', 'De top tussen Frankrijk en Duitsland begon in Brussel.', 'Brussel', 'brussels'],
    // A lower-case part of a compound, and a possessive, name the inner entity.
    ['en', 'The Amsterdam-based company opened an office in Lyon.', 'Amsterdam', 'amsterdam'],
    ['nl', 'Veel EU-landen willen de steun aan Oekraïne verhogen.', 'Oekraïne', 'ukraine'],
    // …also where names are joined before it: each is named ("VLD-CVP-meerderheid", "oud-EU-commissaris").
    ['nl', 'De VLD-CVP-meerderheid viel gisteren.', 'CVP', 'christen-democratisch-en-vlaams'],
    ['nl', 'De Israël-Hamas-oorlog duurt al maanden.', 'Israël', 'israel'],
    ['nl', 'Een oud-EU-commissaris leidt het onderzoek.', 'EU', 'european-union'],
    ['nl', 'Hij kijkt vooral uit naar de Alpen- en Pyreneeën-ritten.', 'Alpen', 'alps'],
    ['en', "London's mayor opened the new line on Monday.", 'London', 'london'],
    // A title after an abbreviation's own full stop is no part of a longer name (session 26).
    [
      'en',
      'Masood briefed the visiting U.S. Congressman Dana Rohrabacher on Tuesday.',
      'U.S.',
      'united-states',
    ],
    // An abbreviation's own full stop belongs to its name.
    ['en', 'The U.S. diplomat met the press.', 'U.S.', 'united-states'],
    ['en', 'He moved to the U.S. The rest of the family followed.', 'U.S.', 'united-states'],
    // A year that is not the name's: "in Paris in 2023", "woonden in 2000".
    ['nl', 'In Brussel woonden in 2000 veel mensen.', 'Brussel', 'brussels'],
    // Calendar words and what only a place has beside it.
    ['en', 'The attack in Paris Sunday killed two people.', 'Paris', 'paris'],
    ['en', 'She flew to Brazil Sept. 15 for the talks.', 'Brazil', 'brazil'],
    // The start of a sentence says nothing: "Most of Europe"; a lower-case word before "de" neither.
    ['fr', 'Le président de la France a parlé mardi.', 'France', 'france'],
    // A headline in English capitalises freely.
    [
      'en',
      'Assad Dies at 69\nHafez al-Assad, who ruled Syria for 30 years, died on Saturday.',
      'Assad',
      'hafez-al-assad',
    ],
    // The same places without a region's qualifier, or with one the data knows as a name (session 23).
    ['fr', 'Les investisseurs misent trop sur la Suisse, disent-ils.', 'Suisse', 'switzerland'],
    ['fr', "L'Europe a réagi mardi à l'annonce.", 'Europe', 'europe'],
    ['fr', 'Il a longtemps vécu en Afrique du Sud avant de rentrer.', 'Afrique du Sud', 'south-africa'],
    ['fr', 'La Suisse, romande ou non, a voté.', 'Suisse', 'switzerland'],
    // Not a street's noun that ends a sentence, nor a road or a station, which lead to the place or stand in it.
    ['fr', 'Il a quitté cette rue. Paris lui manquait déjà.', 'Paris', 'paris'],
    ['fr', 'Le camion roulait sur la route de Rennes à Saint-Malo.', 'Rennes', 'rennes'],
    ['fr', 'Le train est entré en gare de Versailles avec une heure de retard.', 'Versailles', 'versailles'],
    ['fr', 'Le maire a Paris pour seul horizon, dit-il.', 'Paris', 'paris'],
    ['fr', 'Le tribunal a siégé à Lille toute la semaine.', 'Lille', 'lille'],
    ['fr', 'Le conflit Israël-Hamas a fait la une mardi.', 'Israël', 'israel'],
    ['fr', 'M. Servain, maire de Saint-Brieuc, a ouvert la séance.', 'Saint-Brieuc', 'saint-brieuc'],
    // Lower-case words after a known name that are not its own, or after an unknown one ("l'Exposition nationale", a
    // name or not).
    ['fr', "L'Ukraine dépend de la Russie pour son gaz.", 'Russie', 'russia'],
    ['fr', "Il a visité l'Exposition nationale de Zurich en 1939.", 'Zurich', 'zurich'],
    // German capitalises every noun: there a capital beside a name says nothing.
    ['de', 'Die Stadt Berlin hat am Montag neue Regeln beschlossen.', 'Berlin', 'berlin'],
    // …nor before a name that needs context: the noun of a phrase an article opens is its descriptor.
    ['de', 'Der Konzern Merck aus Darmstadt wächst weiter.', 'Merck', 'merck-group'],
    ['de', 'Er war Vorsitzender der Ortsgruppe Amberg, einer Stadt in Bayern.', 'Amberg', 'amberg'],
    ['de', 'Er starb vor der ersten Zielstadt San Juan in Puerto Rico.', 'San Juan', 'san-juan'],
    // …but for the foreign suffixes: a German noun, even two, before the next name (session 27).
    ['de', 'Die Google Suche lieferte am Montag falsche Treffer.', 'Google', 'google'],
    ['de', 'Die NATO Truppen Frankreichs blieben im Land.', 'NATO', 'nato'],
    // An institution's noun with its town after a preposition or in a compound is no prefix (session 23).
    ['de', 'Die Universität in Gießen hat am Montag neue Regeln beschlossen.', 'Gießen', 'giessen'],
    ['de', 'Die Berliner Theater und die Arena in Wien sind geschlossen.', 'Wien', 'vienna'],
    ['de', 'Die EU-Kommission will die Russland-Sanktionen verlängern.', 'Russland', 'russia'],
    // A compound of a town's name with no place's preposition before it, and a country's after one, are compounds
    // that name the place (session 24).
    ['de', 'Wegen ihrer Berlin-Reise fehlte die Ministerin.', 'Berlin', 'berlin'],
    ['de', 'Die Umsätze wurden in US-Dollar abgerechnet.', 'US', 'united-states'],
    // A hyphen to a noun that names nothing, and a club's prefix with a sentence or a town between (session 26).
    ['de', 'Die CSU-Fraktion stimmte dagegen.', 'CSU', 'christian-social-union-of-bavaria'],
    // Two names and a compound's noun: each is named ("McLaren-Mercedes" alone is one name).
    ['de', 'Der Israel-Gaza-Krieg dauert an.', 'Israel', 'israel'],
    ['de', 'Das Merkel-Macron-Treffen fand in Berlin statt.', 'Macron', 'emmanuel-macron'],
    ['de', 'Beim FC Bayern spielt er, wohnen will er in München.', 'München', 'munich'],
    ['de', 'Er spielte beim FC. Jena blieb seine Heimat.', 'Jena', 'jena'],
    ['de', 'Damals schickten die USA Truppen in den Irak.', 'USA', 'united-states'],
    // German's own "der" and "des" are Dutch and French joiners too.
    ['de', 'Die Hauptstadt der Ukraine ist Kiew.', 'Ukraine', 'ukraine'],
    ['de', 'Die Truppen des Irak zogen ab.', 'Irak', 'iraq'],
  ]);
});
