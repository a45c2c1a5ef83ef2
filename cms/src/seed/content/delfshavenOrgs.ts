/** Made-up Delfshaven organisations and initiatives (any likeness to a real organisation is unintended). */
import type { OrgEntry } from './organisations'
import type { ProfileKey } from './orgProfiles'

type Extra = Omit<OrgEntry, 'key' | 'name' | 'profile' | 'street' | 'summary'>
const o = (key: string, name: string, profile: ProfileKey, street: string, summary: string, extra: Extra = {}): OrgEntry => ({
  key, name, profile, street, summary, ...extra,
})
const initiatief = { kind: 'initiatief' } as const
const organisatie = { kind: 'organisatie' } as const

export const DELFSHAVEN_ORGS: OrgEntry[] = [
  // Buurthuizen
  o('kookpot', 'Buurthuis De Kookpot', 'buurthuis', 'Schiedamseweg', 'Gezellig buurthuis in Bospolder met koffie, maaltijden en activiteiten voor jong en oud.', { extraTheme: 'eten' }),
  o('anker', 'Buurthuis Het Anker Tussendijken', 'buurthuis', 'Grote Visserijstraat', 'Het huis van de buurt in Tussendijken, met elke dag koffie en een open deur.'),
  o('lantaarn', 'Wijkcentrum De Lantaarn', 'buurthuis', 'Bellevoysstraat', 'Wijkcentrum in Spangen waar je terecht kunt voor activiteiten, hulp en een praatje.'),
  o('binnenplaats', 'Buurthuis De Binnenplaats', 'buurthuis', 'Vierambachtsstraat', 'Buurthuis in het Nieuwe Westen met een groene binnentuin en veel clubs.'),
  o('huisoudmathenesse', 'Huis van de Buurt Oud-Mathenesse', 'buurthuis', 'Mathenesserweg', 'Ontmoetingsplek voor bewoners van Oud-Mathenesse en het Witte Dorp.'),
  o('wittehoek', 'Buurthuis De Witte Hoek', 'buurthuis', 'Mathenesserdijk', 'Klein buurthuis bij het Witte Dorp, waar buren elkaar goed kennen.'),
  o('zeilmaker', 'Buurthuis De Zeilmaker', 'buurthuis', 'Voorhaven', 'Buurthuis in Historisch Delfshaven, vlak bij de haven, voor alle buren.'),
  o('schakel', 'Ontmoetingscentrum De Schakel Middelland', 'buurthuis', '1e Middellandstraat', 'Ontmoetingscentrum midden in Middelland met inloop, cursussen en spreekuren.'),
  o('bredestoep', 'Buurthuis De Brede Stoep', 'buurthuis', 'Beukelsdijk', 'Buurthuis aan de Beukelsdijk waar bewoners zelf de activiteiten bedenken.'),
  o('aanhetwater', 'Buurthuis Schiemond Aan het Water', 'buurthuis', 'Schiehaven', 'Buurthuis in Schiemond met uitzicht op het water en een open keuken.'),
  // Geloof en zingeving
  o('iccbospolder', 'Islamitisch Cultureel Centrum Bospolder', 'moskee', 'Spanjaardstraat', 'Moskee in Bospolder waar ook buren zonder geloof welkom zijn voor een kop thee.'),
  o('moskeenw', 'Moskeegemeenschap Nieuwe Westen', 'moskee', 'Bilderdijkstraat', 'Moskeegemeenschap die gebed, lessen en activiteiten voor de buurt organiseert.', { extraTheme: 'jeugd' }),
  o('moskeevrede', 'Moskeevereniging Vrede Spangen', 'moskee', 'Gijsingstraat', 'Moskee in Spangen met huiswerkhulp en een open dag voor de buurt.', { extraTheme: 'jeugd' }),
  o('havenlamp', 'Protestantse Buurtkerk De Havenlamp', 'kerk', 'Schans', 'Kleine kerk in Historisch Delfshaven met een open deur voor iedereen.'),
  o('kaapverdiaans', 'Kaapverdiaanse Geloofsgemeenschap Delfshaven', 'kerk', 'Coolhaven', 'Katholieke gemeenschap met vieringen in het Kaapverdiaans en het Nederlands.', { extraTheme: 'cultuur' }),
  o('nieuwbegin', 'Pinkstergemeente Nieuw Begin Spangen', 'kerk', 'Spangesekade', 'Kerkgemeenschap in Spangen met muziek, gebed en hulp voor buren in nood.'),
  o('stiltecentrum', 'Stiltecentrum De Adem', 'zingeving', 'Heemraadssingel', 'Rustige plek om even bij te komen en te praten over wat je bezighoudt.', organisatie),
  o('interreligieus', 'Interreligieus Buurtberaad Delfshaven', 'zingeving', 'Mathenesserlaan', 'Gelovigen uit de wijk leren elkaar kennen en doen samen iets voor de buurt.'),
  o('praathuis', 'Praathuis Even Je Hart Luchten', 'zingeving', 'Aelbrechtskolk', 'Vrijwilligers luisteren naar je verhaal als je verdriet of zorgen hebt.'),
  // Eten
  o('uitgiftebt', 'Uitgiftepunt Voedselhulp Bospolder-Tussendijken', 'voedselhulp', 'Hudsonstraat', 'Hier halen gezinnen met weinig geld elke week een gratis voedselpakket.'),
  o('uitgiftespangen', 'Uitgiftepunt Voedselhulp Spangen', 'voedselhulp', 'Spangesekade', 'Uitgiftepunt voor voedselpakketten in Spangen, met een verwijzing van het wijkteam.'),
  o('volleschaal', 'Sociale Supermarkt De Volle Schaal', 'voedselhulp', 'Schiedamseweg', 'Supermarkt waar mensen met een kleine portemonnee goedkoop boodschappen doen.'),
  o('buurtkoelkast', 'Buurtkoelkast Nieuwe Westen', 'voedselhulp', 'Vierambachtsstraat', 'Openbare koelkast waar buren eten delen in plaats van het weg te gooien.', {
    ...initiatief,
    themes: ['eten', 'duurzaamheid'],
    offers: ['Gratis eten halen en brengen', 'Vrijwilligerswerk bij de koelkast'],
    description: [
      'De Buurtkoelkast Nieuwe Westen staat in de Vierambachtsstraat. Iedereen mag er eten in zetten en eruit halen.',
      'Zet er alleen eten in dat nog goed is, met een datum erop. Vrijwilligers houden de koelkast elke dag schoon.',
    ],
  }),
  o('eettafelsingel', 'Eettafel Aan de Singel', 'maaltijd', 'Heemraadssingel', 'Elke week samen eten aan een lange tafel, voor een kleine prijs.'),
  o('samenaantafel', 'Kookclub Samen aan Tafel Spangen', 'maaltijd', 'Bellevoysstraat', 'Buren koken om de beurt een gerecht uit hun eigen land.'),
  o('warmepan', 'Soepkeuken De Warme Pan', 'maaltijd', 'Taandwarsstraat', 'Gratis soep en brood voor iedereen die een warme maaltijd goed kan gebruiken.'),
  o('vrouwenkook', 'Vrouwenkookgroep Tussendijken', 'maaltijd', 'Grote Visserijstraat', 'Vrouwen uit de buurt koken samen en leren van elkaars recepten.'),
  o('gedeeldebord', 'Buurtrestaurant Het Gedeelde Bord', 'maaltijd', 'Nieuwe Binnenweg', 'Buurtrestaurant waar je betaalt wat je kunt missen.', organisatie),
  o('wereldkeuken', 'Wereldkeuken Oud-Mathenesse', 'maaltijd', 'Mathenesserweg', 'Koks uit alle hoeken van de wereld koken voor de buurt.'),
  o('smaak', 'Buurtkeuken Smaak van Delfshaven', 'maaltijd', 'Piet Heynsplein', 'Leerwerkkeuken die betaalbare maaltijden kookt voor buren.', { ...organisatie, extraTheme: 'werk-en-geld' }),
  o('schuifaan', 'Schuif Aan in Bospolder', 'maaltijd', 'Puntegaalstraat', 'Bewoners openen hun huiskamer voor een maaltijd met een paar buren.'),
  // Taal
  o('kletspot', 'Taalcafé De Kletspot', 'taal', 'Schiedamseweg', 'Taalcafé waar je in een ontspannen sfeer Nederlands oefent met buren.', { ...initiatief, extraTheme: 'ontmoeting' }),
  o('taalhuis', 'Taalhuis Middelland', 'taal', '1e Middellandstraat', 'Taalhuis met lessen en taalmaatjes voor iedereen die beter Nederlands wil leren.'),
  o('taalmaatjes', 'Taalmaatjes Delfshaven', 'taal', 'Mathenesserlaan', 'Een vrijwilliger oefent een jaar lang elke week Nederlands met jou.', { ...initiatief, extraTheme: 'vrijwilligers' }),
  o('oefenenspangen', 'Nederlands Oefenen Spangen', 'taal', 'Spangesekade', 'Praatgroep voor nieuwkomers die de taal in het dagelijks leven willen oefenen.', initiatief),
  o('makkelijklezen', 'Leesclub Makkelijk Lezen Bospolder', 'taal', 'Puntegaalstraat', 'Leesclub met boeken in eenvoudige taal, voor wie lezen lastig vindt.', {
    ...initiatief,
    extraTheme: 'cultuur',
  }),
  o('vrouwentaal', 'Vrouwentaalgroep Nieuwe Westen', 'taal', 'Beukelsdijk', 'Vrouwen oefenen samen Nederlands, met kinderopvang in de zaal ernaast.', { ...initiatief, extraTheme: 'gezin' }),
  o('digitaaltaalpunt', 'Digitaal Taalpunt Tussendijken', 'taal', 'Aelbrechtskade', 'Hulp bij lezen, schrijven en werken met de computer en DigiD.', { extraTheme: 'werk-en-geld' }),
  // Jeugd
  o('leerboom', 'Huiswerkklas De Leerboom', 'huiswerk', 'Bilderdijkstraat', 'Na schooltijd huiswerk maken met hulp van studenten uit de buurt.'),
  o('spangenslim', 'Huiswerkbegeleiding Spangen Slim', 'huiswerk', 'Bellevoysstraat', 'Gratis huiswerkbegeleiding voor kinderen uit groep 6, 7 en 8.'),
  o('bospolderrekent', 'Bijlesclub Bospolder Rekent', 'huiswerk', 'Spanjaardstraat', 'Vrijwilligers geven bijles rekenen en wiskunde aan kinderen en tieners.', initiatief),
  o('sterkvooruit', 'Mentorproject Sterk Vooruit', 'huiswerk', 'Nieuwe Binnenweg', 'Studenten zijn een jaar lang het maatje van een leerling uit de brugklas.', {
    ...initiatief,
    extraTheme: 'vrijwilligers',
  }),
  o('dekade', 'Jongerencentrum De Kade', 'jongeren', 'Aelbrechtskade', 'Jongerencentrum met een muziekstudio, sport en hulp bij school en werk.'),
  o('nextlevel', 'Jongerenhuis Next Level Tussendijken', 'jongeren', 'Schiedamseweg', 'Plek voor jongeren om te chillen, te sporten en plannen te maken.'),
  o('meidenclub', 'Meidenclub Nieuwe Westen', 'jongeren', 'Vierambachtsstraat', 'Club voor meiden van 10 tot 16 jaar, met sport, koken en goede gesprekken.', initiatief),
  o('vlieger', 'Kinderclub De Vlieger', 'kinderen', 'Gijsingstraat', 'Knutselen, spelen en buiten zijn voor kinderen van 4 tot 12 jaar.'),
  o('klimboom', 'Speeltuinvereniging De Klimboom', 'kinderen', 'Lage Erfbrug', 'Buurtspeeltuin met vrijwilligers, gratis open voor alle kinderen.'),
  o('speelpleinwittedorp', 'Speelplein Het Witte Dorp', 'kinderen', 'Mathenesserdijk', 'Speelplein waar ouders samen zorgen voor een veilige plek om te spelen.', initiatief),
  o('geitenhoek', 'Kinderboerderij Het Geitenhoekje Schiemond', 'kinderen', 'Schiehaven', 'Kleine kinderboerderij met geiten, kippen en konijnen om te aaien en te verzorgen.', {
    extraTheme: 'duurzaamheid',
  }),
  // Sport en beweging
  o('bospolderunited', 'Zaalvoetbalclub Bospolder United', 'sport', 'Hudsonstraat', 'Zaalvoetbal voor jongens en meiden, met trainers uit de eigen buurt.'),
  o('sterkehart', 'Boksschool Het Sterke Hart', 'sport', 'Schiedamseweg', 'Boksschool waar jongeren leren over sport, discipline en respect.'),
  o('beweegmee', 'Dansstudio Beweeg Mee Middelland', 'sport', '1e Middellandstraat', 'Danslessen voor kinderen en volwassenen, van hiphop tot salsa.', { extraTheme: 'cultuur' }),
  o('spetters', 'Zwemclub Spetters Oud-Mathenesse', 'sport', 'Marconiplein', 'Zwemles en vrij zwemmen voor vrouwen en kinderen, in een rustige sfeer.'),
  o('snellebal', 'Tafeltennisvereniging Snelle Bal Spangen', 'sport', 'Bellevoysstraat', 'Tafeltennis voor alle leeftijden, ook voor beginners en ouderen.'),
  o('kooivoetbal', 'Straatvoetbal Spangen in de Kooi', 'sport', 'Spangesekade', 'Straatvoetbal in de kooi met een vaste trainer, voor kinderen van 8 tot 16 jaar.', initiatief),
  o('buurtsport', 'Buurtsport Tussendijken', 'sport', 'Grote Visserijstraat', 'Gratis sport en spel op pleinen en in de gymzaal, voor alle kinderen uit de buurt.'),
  o('slimmezet', 'Schaakclub De Slimme Zet', 'ontmoeting', 'Hooidrift', 'Schaakclub voor jong en oud, met les voor beginners op woensdagmiddag.', {
    ...organisatie,
    themes: ['ontmoeting', 'jeugd'],
    offers: ['Schaakles voor beginners', 'Vrij schaken op dinsdagavond', 'Toernooien voor kinderen'],
    description: [
      'Schaakclub De Slimme Zet speelt aan de Hooidrift, in het Nieuwe Westen. Jong en oud spelen hier tegen elkaar.',
      'Op woensdagmiddag krijgen kinderen les. Op dinsdagavond is er vrij schaken voor iedereen. Borden en klokken zijn er.',
    ],
  }),
  o('stapvoorstap', 'Wandelclub Stap voor Stap Delfshaven', 'beweging', 'Heemraadssingel', 'Wandelgroep die elke week een rustig rondje door de wijk loopt.'),
  o('vrouwenfiets', 'Fietsschool Vrouwen op de Fiets', 'beweging', 'Mathenesserdijk', 'Vrouwen leren fietsen op een veilige plek, met geduldige vrijwilligers.', {
    offers: ['Fietsles voor beginners', 'Fietsen en helmen te leen', 'Oefenen in het verkeer'],
  }),
  o('bewegenouderen', 'Bewegen voor Ouderen Nieuwe Westen', 'beweging', 'Bilderdijkstraat', 'Gymles op de stoel voor 60-plussers, rustig en gezellig.', { themes: ['beweging', 'senioren'] }),
  o('rondjecoolhaven', 'Hardloopgroep Rondje Coolhaven', 'beweging', 'Coolhaven', 'Beginnende hardlopers trainen samen langs het water van de Coolhaven.', {
    offers: ['Hardlopen voor beginners', 'Trainen in een groep met een vaste trainer', 'Gratis meedoen'],
  }),
  o('yogamiddelland', 'Yoga in de Buurt Middelland', 'beweging', 'Nieuwe Binnenweg', 'Rustige yogalessen voor een kleine prijs, ook als je klachten hebt.', {
    offers: ['Yoga voor beginners', 'Matten te leen', 'Korting met een kortingspas'],
  }),
  o('beweegcoaches', 'Beweegcoaches Delfshaven', 'beweging', 'Vierambachtsstraat', 'Coaches helpen je een sport of beweegactiviteit te vinden die bij je past.', {
    ...organisatie,
    extraTheme: 'zorg',
  }),
  // Senioren
  o('zonnewijzer', 'Ouderencentrum De Zonnewijzer', 'senioren', 'Mathenesserlaan', 'Ouderencentrum met lunch, activiteiten en hulp voor 65-plussers uit de wijk.', { extraTheme: 'eten' }),
  o('soostussendijken', 'Seniorensoos Tussendijken', 'senioren', 'Aelbrechtskade', 'Gezellige middagen met koffie, bingo en muziek voor ouderen.', initiatief),
  o('vierambacht', 'Woonzorgcentrum De Vierambacht', 'senioren', 'Vierambachtsstraat', 'Woonzorgcentrum met een restaurant dat ook open is voor ouderen uit de buurt.', { extraTheme: 'zorg' }),
  o('zilverenuur', 'Seniorenclub Het Zilveren Uur Spangen', 'senioren', 'Gijsingstraat', 'Club voor ouderen in Spangen met uitjes, spelletjes en een warme lunch.', initiatief),
  o('nietalleen', 'Bezoekdienst Niet Alleen Delfshaven', 'senioren', 'Schans', 'Vrijwilligers gaan op bezoek bij ouderen die zich eenzaam voelen.', {
    ...initiatief,
    themes: ['senioren', 'vrijwilligers', 'welzijn'],
    offers: ['Wekelijks bezoek van een vrijwilliger', 'Samen wandelen of een spelletje doen', 'Vrijwilligerswerk voor een uur per week'],
    description: [
      'Bezoekdienst Niet Alleen koppelt vrijwilligers aan ouderen die weinig bezoek krijgen.',
      'Een vrijwilliger komt elke week op de koffie, maakt een wandeling of doet een spelletje mee.',
      'Ken je iemand die wel wat gezelschap kan gebruiken? Bel ons gerust.',
    ],
  }),
  o('beleven', 'Telefooncirkel Bel Even Bospolder', 'senioren', 'Taandwarsstraat', 'Ouderen bellen elkaar elke ochtend even om te horen of alles goed gaat.', {
    ...initiatief,
    offers: ['Elke ochtend een telefoontje', 'Een vaste groep bellers', 'Gratis meedoen'],
    description: [
      'Bij Telefooncirkel Bel Even bellen ouderen uit Bospolder elkaar elke ochtend op een vaste tijd.',
      'Neemt iemand niet op? Dan belt de laatste in de cirkel een familielid of buur. Zo weet je dat er iemand aan je denkt.',
    ],
  }),
  o('computerhulp', 'Computerhulp 65-plus Middelland', 'senioren', 'Heemraadsplein', 'Geduldige hulp bij je telefoon, tablet en computer, speciaal voor ouderen.', {
    ...initiatief,
    extraTheme: 'taal',
    offers: ['Hulp met je telefoon of tablet', 'Uitleg over DigiD en de bank-app', 'Les in kleine groepjes'],
    description: [
      'Bij Computerhulp 65-plus helpen vrijwilligers ouderen met hun telefoon, tablet of computer.',
      'Je leert bijvoorbeeld videobellen, foto\'s bekijken of inloggen met DigiD. We nemen alle tijd.',
    ],
  }),
  // Zorg en welzijn
  o('wijkteambrug', 'Wijkteam De Brug Bospolder-Tussendijken', 'wijkteam', 'Schiedamseweg', 'Gratis hulp bij vragen over zorg, geld, opvoeding en wonen.'),
  o('kompasroos', 'Wijkteam De Kompasroos Spangen', 'wijkteam', 'Bellevoysstraat', 'Het wijkteam voor Spangen, waar je zonder afspraak binnenloopt met je vraag.'),
  o('samenverder', 'Wijkteam Samen Verder Nieuwe Westen', 'wijkteam', 'Beukelsdijk', 'Wijkteam dat meedenkt als het thuis, met geld of met je gezondheid even niet lukt.'),
  o('kruispunt', 'Wijkteam Het Kruispunt Middelland', 'wijkteam', 'Claes de Vrieselaan', 'Wijkteam voor bewoners van Middelland, met spreekuren in het buurthuis.'),
  o('zorgpunt', 'Wijkverpleging Het Zorgpunt Middelland', 'zorg', 'Nieuwe Binnenweg', 'Wijkverpleegkundigen die zorg thuis geven en advies over gezondheid.'),
  o('mantelzorgpunt', 'Mantelzorgpunt Delfshaven', 'zorg', 'Mathenesserlaan', 'Steun, informatie en ontspanning voor mensen die zorgen voor een naaste.', { extraTheme: 'welzijn' }),
  o('gezondheidshuis', 'Gezondheidshuis Schiemond', 'zorg', 'Schiehaven', 'Huisarts, fysiotherapeut en apotheek onder één dak, met een inloop voor vragen.'),
  o('geheugencafe', 'Geheugencafé Delfshaven', 'zorg', 'Piet Heynsplein', 'Maandelijkse avond over dementie, voor mensen met geheugenproblemen en hun naasten.', {
    ...initiatief,
    extraTheme: 'senioren',
    offers: ['Uitleg over dementie in gewone taal', 'Praten met mensen die hetzelfde meemaken', 'Tips voor mantelzorgers'],
  }),
  o('herstelcafe', 'Herstelcafé De Nieuwe Draad', 'zorg', 'Hooidrift', 'Ontmoetingsplek voor mensen die herstellen van psychische klachten of verslaving.', {
    ...initiatief,
    extraTheme: 'welzijn',
    offers: ['Inloop met koffie en een luisterend oor', 'Herstelgroep op donderdag', 'Ervaringsdeskundigen die meedenken'],
  }),
  // Gezin
  o('kleinehaven', 'Ouder-Kindcentrum De Kleine Haven', 'gezin', 'Voorhaven', 'Plek voor ouders met kinderen van 0 tot 4 jaar om te spelen en te leren.'),
  o('moedercentrum', 'Moedercentrum Spangen Samen Sterk', 'gezin', 'Spangesekade', 'Moeders ontmoeten elkaar, volgen cursussen en helpen elkaar verder.'),
  o('stoerevaders', 'Vadergroep Stoere Vaders Bospolder', 'gezin', 'Spanjaardstraat', 'Vaders praten met elkaar over opvoeden, werk en wat een vader nodig heeft.', initiatief),
  o('rupsje', 'Peuterspeelgroep Het Rupsje Middelland', 'gezin', 'Claes de Vrieselaan', 'Peuterspeelgroep waar kinderen van 2 tot 4 jaar spelend leren.'),
  o('opvoedspreekuur', 'Opvoedspreekuur Nieuwe Westen', 'gezin', 'Hooidrift', 'Ouders stellen hier hun vragen over opvoeden aan een ervaren opvoedcoach.'),
  o('babyspullen', 'Babyspullen Delen Delfshaven', 'gezin', 'Taandwarsstraat', 'Buren geven kinderwagens, kleertjes en speelgoed door aan gezinnen die het nodig hebben.', {
    ...initiatief,
    themes: ['gezin', 'duurzaamheid'],
    offers: ['Gratis babykleding en speelgoed', 'Kinderwagens en bedjes', 'Spullen brengen die je niet meer nodig hebt'],
  }),
  // Werk en geld
  o('geldzorgen', 'Geldzorgen Spreekuur Delfshaven', 'geld', 'Schiedamseweg', 'Elke week gratis hulp bij rekeningen, schulden en brieven die je niet begrijpt.'),
  o('formulierenhulp', 'Formulierenhulp Tussendijken', 'geld', 'Grote Visserijstraat', 'Vrijwilligers helpen je met formulieren van de gemeente en de Belastingdienst.'),
  o('rondkomen', 'Rondkomen met Elkaar Bospolder', 'geld', 'Puntegaalstraat', 'Buren delen tips om rond te komen en helpen elkaar met de administratie.', initiatief),
  o('belastinghulp', 'Belastinghulp Middelland', 'geld', '1e Middellandstraat', 'Gratis hulp bij je belastingaangifte en toeslagen, door vrijwilligers.', initiatief),
  o('papierwinkel', 'Papierwinkel Spangen', 'geld', 'Gijsingstraat', 'Inloop waar je samen met een vrijwilliger orde brengt in je post en papieren.'),
  o('werkcafe', 'Werkcafé Nieuwe Westen', 'werk', 'Beukelsdijk', 'Hulp bij je cv, sollicitaties en het vinden van werk of een opleiding.'),
  o('draadenkans', 'Naaiatelier Draad en Kans Spangen', 'werk', 'Bellevoysstraat', 'Leerwerkplaats waar vrouwen leren naaien en hun eigen kleding maken.', { extraTheme: 'cultuur' }),
  o('gereedschapskist', 'Leerwerkplaats De Gereedschapskist', 'werk', 'Marconiplein', 'Werkplaats waar je een vak leert, zoals timmeren, schilderen of fietsen maken.'),
  o('ondernemerspunt', 'Ondernemerspunt Tussendijken', 'werk', 'Schiedamseweg', 'Advies en een netwerk voor wie in de buurt een eigen bedrijf wil beginnen.', {
    offers: ['Advies over het starten van een bedrijf', 'Een netwerk van ondernemers uit de buurt', 'Hulp bij je ondernemingsplan'],
  }),
  o('tweederonde', 'Kledingpunt De Tweede Ronde Spangen', 'spullen', 'Spangesekade', 'Gratis tweedehands kleding voor kinderen en volwassenen.'),
  o('geefpunt', 'Weggeefwinkel Het Geefpunt Nieuwe Westen', 'spullen', 'Vierambachtsstraat', 'Winkel waar alles gratis is: breng wat je over hebt en neem mee wat je nodig hebt.'),
  o('spullenbieb', 'Spullenbieb Middelland', 'repair', 'Heemraadsplein', 'Leen een boormachine, ladder of partytent in plaats van hem zelf te kopen.', {
    offers: ['Gereedschap lenen', 'Spullen voor een feest lenen', 'Je eigen spullen uitlenen aan buren'],
    description: [
      'In de Spullenbieb Middelland leen je spullen die je maar af en toe nodig hebt, zoals een boormachine, een ladder of een partytent.',
      'Lenen is gratis. Je brengt het binnen een week terug. Zo hoeft niet iedereen alles zelf te kopen.',
    ],
  }),
  // Wonen en bewoners
  o('bobospolder', 'Bewonersorganisatie Bospolder', 'bewoners', 'Spanjaardstraat', 'Bewoners die samen opkomen voor een schone, veilige en groene buurt.'),
  o('spangenvooruit', 'Bewonersvereniging Spangen Vooruit', 'bewoners', 'Gijsingstraat', 'Vereniging van buren die zich inzetten voor een prettig Spangen.'),
  o('tussendijkennoord', 'Huurdersvereniging Tussendijken-Noord', 'bewoners', 'Aelbrechtskade', 'Huurders komen samen op voor goed onderhoud en eerlijke huren.', { themes: ['wonen'] }),
  o('bewcomwittedorp', 'Bewonerscommissie Witte Dorp', 'bewoners', 'Mathenesserweg', 'Bewoners van het Witte Dorp zorgen samen voor hun bijzondere buurt.', initiatief),
  o('netwerkhistorisch', 'Bewonersnetwerk Historisch Delfshaven', 'bewoners', 'Aelbrechtskolk', 'Netwerk van bewoners dat zorgt voor de oude haven en haar geschiedenis.', {
    ...initiatief,
    extraTheme: 'cultuur',
  }),
  o('overlegschiemond', 'Bewonersoverleg Schiemond', 'bewoners', 'Schiehaven', 'Maandelijks overleg waar bewoners van Schiemond hun ideeën en zorgen delen.', initiatief),
  o('straatfeestlaan', 'Straatfeestcommissie Mathenesserlaan', 'bewoners', 'Mathenesserlaan', 'Buren die elk jaar een straatfeest organiseren voor de hele laan.', {
    ...initiatief,
    themes: ['ontmoeting', 'cultuur'],
    offers: ['Meehelpen met het straatfeest', 'Tips voor een feest in je eigen straat', 'Tafels en een partytent te leen'],
    description: [
      'De Straatfeestcommissie is een groep buren van de Mathenesserlaan. Elk jaar organiseren we een feest voor de hele laan.',
      'Er is muziek, eten van de buren en een vrijmarkt voor kinderen. Iedereen mag helpen, ook als je maar een uurtje tijd hebt.',
    ],
  }),
  o('bewonersraadmiddelland', 'Bewonersraad Middelland', 'bewoners', 'Claes de Vrieselaan', 'Bewonersraad die de gemeente adviseert over plannen voor Middelland.'),
  o('woonspreekuur', 'Woonspreekuur Nieuwe Westen', 'wonen', 'Vierambachtsstraat', 'Gratis advies over huur, onderhoud, schimmel en problemen met je verhuurder.'),
  o('burenbemiddeling', 'Burenbemiddeling Samen Rond de Tafel', 'wonen', 'Mathenesserlaan', 'Getrainde vrijwilligers helpen buren om samen een ruzie op te lossen.', {
    extraTheme: 'welzijn',
    offers: ['Een gesprek met je buren, met twee bemiddelaars erbij', 'Hulp bij overlast en geluid', 'Gratis en vertrouwelijk'],
  }),
  // Duurzaamheid
  o('groenegijsing', 'Straatgroep Groene Gijsingstraat', 'groen', 'Gijsingstraat', 'Bewoners maken hun straat groener met plantenbakken en geveltuinen.', { themes: ['duurzaamheid', 'wonen'] }),
  o('schroevendraaier', 'Repair Café De Schroevendraaier', 'repair', 'Spanjaardstraat', 'Eens per maand repareren vrijwilligers gratis je kapotte spullen.'),
  o('trapdoor', 'Fietswerkplaats Spangen Trapt Door', 'repair', 'Bellevoysstraat', 'Leer je eigen fiets repareren, met hulp van handige buren.', {
    extraTheme: 'beweging',
    offers: ['Zelf je fiets leren maken', 'Gereedschap te leen', 'Tweedehands fietsen voor een kleine prijs'],
  }),
  o('naaicafe', 'Naaicafé Heel Maar', 'repair', 'Nieuwe Binnenweg', 'Breng je kapotte kleding mee en herstel die samen met ervaren naaisters.', {
    offers: ['Kleding herstellen', 'Naaimachines te gebruiken', 'Tips van ervaren naaisters'],
  }),
  o('groenehoek', 'Buurtmoestuin De Groene Hoek Bospolder', 'groen', 'Vierhavensstraat', 'Moestuin waar buren samen groente kweken en de oogst delen.', { extraTheme: 'eten' }),
  o('spangenoogst', 'Moestuin Spangen Oogst', 'groen', 'Spangesekade', 'Gemeenschappelijke moestuin met bakken voor gezinnen en een kruidentuin.', { extraTheme: 'eten' }),
  o('pluktuin', 'Pluktuin De Coolhaven', 'groen', 'Coolhaven', 'Kleine pluktuin met kruiden en eetbare planten, vrij om te plukken.'),
  o('geveltuinen', 'Geveltuinen Tussendijken', 'groen', 'Grote Visserijstraat', 'Buren helpen elkaar om een geveltuin aan te leggen voor hun huis.', { extraTheme: 'wonen' }),
  o('schoonspangen', 'Zwerfafvalgroep Schoon Spangen', 'groen', 'Bellevoysstraat', 'Vrijwilligers prikken elke maand samen zwerfafval in de buurt.', {
    themes: ['duurzaamheid', 'vrijwilligers'],
    offers: ['Elke maand samen zwerfafval prikken', 'Grijpers en zakken te leen', 'Koffie na afloop'],
    description: [
      'Zwerfafvalgroep Schoon Spangen prikt elke maand samen zwerfafval in de straten en parken van Spangen.',
      'Grijpers, handschoenen en zakken krijg je van ons. Na afloop drinken we samen koffie.',
      'Wat we vinden, melden we ook bij de gemeente. Zo wordt de buurt echt schoner.',
    ],
  }),
  o('buurtcompost', 'Buurtcompost Nieuwe Westen', 'groen', 'Bilderdijkstraat', 'Breng je groente- en fruitafval naar de compostbak en krijg compost terug.', {
    offers: ['Gratis compostbak in de buurt', 'Compost voor je planten'],
    description: [
      'Buurtcompost Nieuwe Westen heeft compostbakken in de Bilderdijkstraat voor groente- en fruitafval.',
      'Je krijgt een sleutel en een emmertje. Twee keer per jaar delen we de compost uit voor je planten.',
    ],
  }),
  o('stadsimkers', 'Stadsimkers Oud-Mathenesse', 'groen', 'Mathenesserdijk', 'Imkers houden bijen in de wijk en leren buren over honing en natuur.', {
    offers: ['Meekijken bij de bijenkasten', 'Honing uit de buurt', 'Les over bijen voor scholen'],
    description: [
      'Stadsimkers Oud-Mathenesse houden bijenkasten op daken en in tuinen in de wijk.',
      'Je kunt een keer meekijken bij de kasten, met een beschermend pak aan. Kinderen vinden dat prachtig.',
      'In de zomer verkopen we honing uit de buurt. De opbrengst gaat naar nieuwe bloemen voor de bijen.',
    ],
  }),
  o('groenedaken', 'Groene Daken Schiemond', 'groen', 'Schiehaven', 'Bewoners leggen samen groene daken aan voor koelte en minder wateroverlast.', {
    extraTheme: 'wonen',
    offers: ['Advies over een groen dak', 'Hulp bij een subsidieaanvraag', 'Samen planten op het dak zetten'],
    description: [
      'Groene Daken Schiemond helpt bewoners om een plat dak groen te maken met planten.',
      'Een groen dak houdt je huis koeler en vangt regenwater op. We helpen met advies en zoeken samen naar subsidie.',
    ],
  }),
  o('energiecoaches', 'Energiecoaches Delfshaven', 'energie', 'Mathenesserlaan', 'Gratis energiecoach aan huis die helpt om energie en geld te besparen.', { extraTheme: 'werk-en-geld' }),
  o('warmehuizen', 'Warme Huizen Bospolder', 'energie', 'Hudsonstraat', 'Buren helpen elkaar hun huis beter te isoleren met eenvoudige middelen.'),
  // Cultuur
  o('verfkwast', 'Buurtatelier De Verfkwast Middelland', 'cultuur', '1e Middellandstraat', 'Atelier waar je leert schilderen en tekenen, ook als je nog nooit een kwast vasthield.'),
  o('opendoek', 'Theatergroep Het Open Doek Delfshaven', 'cultuur', 'Voorhaven', 'Theatergroep van bewoners die voorstellingen maakt over het leven in de wijk.', initiatief),
  o('muziekspangen', 'Muziekles voor Iedereen Spangen', 'cultuur', 'Gijsingstraat', 'Betaalbare muziekles op gitaar, piano en drums voor kinderen en volwassenen.', { extraTheme: 'jeugd' }),
  o('stemmen', 'Buurtkoor Stemmen van Delfshaven', 'cultuur', 'Piet Heynsplein', 'Koor voor iedereen die graag zingt, noten lezen is niet nodig.', initiatief),
  o('lichtopbospolder', 'Fotoclub Licht op Bospolder', 'cultuur', 'Taandwarsstraat', 'Fotoclub die de mensen en straten van Bospolder in beeld brengt.', initiatief),
  o('verhalenhuis', 'Verhalenhuis Historisch Delfshaven', 'cultuur', 'Aelbrechtskolk', 'Plek waar verhalen van oude en nieuwe bewoners worden verzameld en verteld.'),
  o('leeshoekje', 'Boekenruil Het Leeshoekje', 'cultuur', 'Hooidrift', 'Ruil je gelezen boeken en vind iets nieuws om te lezen, voor jong en oud.', { ...initiatief, extraTheme: 'taal' }),
  o('zaallamp', 'Buurtbioscoop De Zaallamp', 'cultuur', 'Schiedamseweg', 'Elke maand een film in het buurthuis, met popcorn en een nagesprek.', initiatief),
  o('woordenhaven', 'Poëziegroep Woorden aan de Haven', 'cultuur', 'Voorhaven', 'Schrijvers en luisteraars komen samen om gedichten te maken en te delen.', { ...initiatief, extraTheme: 'taal' }),
  o('morabeza', 'Muziekvereniging Morabeza Delfshaven', 'vereniging', 'Coolhaven', 'Kaapverdiaanse muziek en dans, met lessen en feesten voor de hele buurt.'),
  o('krakti', 'Surinaamse Cultuurvereniging Krakti Spangen', 'vereniging', 'Spangesekade', 'Vereniging die Surinaamse cultuur, muziek en eten deelt met de buurt.'),
  o('halay', 'Volksdansgroep Halay Tussendijken', 'vereniging', 'Aelbrechtskade', 'Turkse volksdans voor kinderen en volwassenen, met optredens in de wijk.', { extraTheme: 'beweging' }),
  o('tiwizi', 'Vrouwenvereniging Tiwizi Bospolder', 'vereniging', 'Hudsonstraat', 'Vrouwen uit Bospolder steunen elkaar met cursussen en uitjes.', {
    themes: ['ontmoeting', 'welzijn'],
    offers: ['Cursussen voor vrouwen', 'Gezamenlijke uitjes', 'Hulp bij wegwijs worden in de stad'],
  }),
  o('razem', 'Poolse Ontmoetingsclub Razem Delfshaven', 'vereniging', 'Vierambachtsstraat', 'Ontmoetingsclub voor Poolse buren, met hulp bij wegwijs worden in Rotterdam.', {
    ...initiatief,
    offers: ['Hulp in het Pools bij brieven en regels', 'Ontmoetingsavond eens per maand', 'Tips over werk en wonen in Rotterdam'],
  }),
  // Vrijwilligers en ontmoeting
  o('vrijwilligerspunt', 'Vrijwilligerspunt Delfshaven', 'vrijwilligers', 'Mathenesserlaan', 'Vind vrijwilligerswerk dat bij je past, dichtbij huis.'),
  o('handigeburen', 'Klusjesdienst Handige Buren Spangen', 'vrijwilligers', 'Bellevoysstraat', 'Handige buren helpen gratis met kleine klusjes in huis.', initiatief),
  o('boodschappenhulp', 'Boodschappenhulp Tussendijken', 'vrijwilligers', 'Grote Visserijstraat', 'Vrijwilligers doen boodschappen voor buren die zelf niet naar de winkel kunnen.', {
    ...initiatief,
    extraTheme: 'senioren',
  }),
  o('samenoppad', 'Maatjesproject Samen op Pad Middelland', 'vrijwilligers', '1e Middellandstraat', 'Een vast maatje om mee te wandelen, koffie te drinken of iets te ondernemen.'),
  o('nieuwkomersbuddy', "Buddy's voor Nieuwkomers Nieuwe Westen", 'vrijwilligers', 'Heemraadssingel', 'Buren helpen nieuwkomers hun weg te vinden in de wijk en in Rotterdam.', {
    ...initiatief,
    extraTheme: 'taal',
  }),
  o('burenhulpwittedorp', 'Burenhulp Witte Dorp', 'vrijwilligers', 'Mathenesserweg', 'Buren in het Witte Dorp helpen elkaar met vervoer, klusjes en boodschappen.', initiatief),
  o('vensterbank', 'Koffiehoek De Vensterbank Schiemond', 'ontmoeting', 'Schiehaven', 'Elke ochtend koffie en een praatje in een huiskamer in Schiemond.'),
  o('praatcafe', 'Mannenontmoeting Het Praatcafé Spangen', 'ontmoeting', 'Spangesekade', 'Mannen drinken samen koffie, spelen een spel en praten over wat hen bezighoudt.'),
  o('parel', 'Vrouwencentrum De Parel Oud-Mathenesse', 'ontmoeting', 'Mathenesserweg', 'Vrouwencentrum met cursussen, sport en een gezellige inloop.', organisatie),
  o('welkomcafe', 'Nieuwkomerscafé Welkom in Delfshaven', 'ontmoeting', 'Nieuwe Binnenweg', 'Nieuwe bewoners ontmoeten buren die de weg al kennen.', { extraTheme: 'taal' }),
  o('regenboog', 'Regenboogontmoeting Delfshaven', 'ontmoeting', 'Hooidrift', 'Ontmoeting voor lhbti+ buren en iedereen die hen wil steunen.'),
  o('dobbelsteen', 'Spellenclub De Dobbelsteen Tussendijken', 'ontmoeting', 'Taandwarsstraat', 'Bordspellen en kaartspellen voor jong en oud, elke vrijdagavond.'),
  o('praatbankje', 'Praatbankje Heemraadsplein', 'ontmoeting', 'Heemraadsplein', 'Een bankje waar je met een vrijwilliger kunt gaan zitten voor een gesprek.'),
]
