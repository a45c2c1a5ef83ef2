/**
 * Kinds of neighbourhood organisations with the plain-Dutch text they share:
 * opening paragraphs, what you can expect, a pool of offers, typical roles
 * and opening hours. Each organisation picks from its profile's variants.
 */

/** Context for the text templates: "De Kookpot", "Bospolder", "aan de Schiedamseweg", "Delfshaven". */
type OrgContext = { name: string; area: string; at: string; wijk: string }
type Hours = { days: string; hours: string }[]

export type OrgProfile = {
  kind: 'organisatie' | 'initiatief'
  themes: string[]
  roles: string[]
  hours: Hours[]
  intro: ((c: OrgContext) => string)[]
  more: string[]
  offers: string[]
}

const weekdays: Hours = [{ days: 'ma t/m vr', hours: '09:00–17:00' }]

export const PROFILES = {
  buurthuis: {
    kind: 'organisatie',
    themes: ['ontmoeting', 'welzijn'],
    roles: ['coördinator', 'opbouwwerker', 'beheerder'],
    hours: [
      weekdays,
      [
        { days: 'ma t/m vr', hours: '09:00–21:00' },
        { days: 'za', hours: '10:00–14:00' },
      ],
    ],
    intro: [
      (c) => `${c.name} is het buurthuis ${c.at} in ${c.area}. Iedereen is welkom, jong en oud.`,
      (c) => `In ${c.name} ${c.at} komen buren elke dag samen. Het huis is open voor alle bewoners van ${c.area}.`,
    ],
    more: [
      'Je kunt hier koffie of thee drinken, een praatje maken en meedoen met activiteiten. De meeste activiteiten zijn gratis.',
      'Er zijn zalen voor clubs, cursussen en feesten. Bewoners kunnen een ruimte gebruiken voor hun eigen activiteit.',
    ],
    offers: [
      'Koffie en thee voor iedereen',
      'Een ruimte voor jouw eigen activiteit',
      'Hulp bij brieven en formulieren',
      'Activiteiten voor kinderen in de vakantie',
      'Spelletjesmiddag op vrijdag',
    ],
  },
  moskee: {
    kind: 'organisatie',
    themes: ['zingeving', 'ontmoeting'],
    roles: ['bestuurslid', 'voorzitter', 'secretaris'],
    hours: [[{ days: 'ma t/m zo', hours: '10:00–20:00' }]],
    intro: [
      (c) => `${c.name} is een moskee ${c.at}. De gemeenschap bestaat uit buren uit ${c.area} en omgeving.`,
      (c) => `${c.name} ${c.at} is een plek voor gebed, leren en ontmoeten.`,
    ],
    more: [
      'Naast het gebed zijn er lessen voor kinderen en volwassenen. Ook buren die geen moslim zijn, zijn welkom voor thee en een gesprek.',
      'De moskee doet mee aan activiteiten in de wijk, zoals maaltijden voor iedereen en schoonmaakacties.',
    ],
    offers: [
      'Open dag voor buren',
      'Arabische les voor kinderen',
      'Huiswerkhulp op zaterdag',
      'Gesprek met de imam op afspraak',
      'Maaltijd voor de buurt tijdens de ramadan',
    ],
  },
  kerk: {
    kind: 'organisatie',
    themes: ['zingeving', 'ontmoeting'],
    roles: ['predikant', 'diaken', 'pastor'],
    hours: [
      [
        { days: 'zo', hours: '10:00–12:30' },
        { days: 'wo', hours: '10:00–13:00' },
      ],
    ],
    intro: [
      (c) => `${c.name} is een kerkgemeenschap ${c.at} in ${c.area}. Op zondag is er een dienst, door de week staat de deur vaak open.`,
      (c) => `${c.name} komt samen ${c.at}. De gemeenschap is klein en hartelijk.`,
    ],
    more: [
      'De kerk helpt buren die het moeilijk hebben, met een maaltijd of een luisterend oor. Je hoeft niet gelovig te zijn om mee te doen.',
      'In de zaal naast de kerk zijn koffieochtenden en een inloop. Vrijwilligers zetten koffie en hebben tijd voor een praatje.',
    ],
    offers: ['Open kerk op woensdagochtend', 'Koffie en een luisterend oor', 'Noodhulp voor buren in nood', 'Zaal te huur voor buurtactiviteiten'],
  },
  zingeving: {
    kind: 'initiatief',
    themes: ['zingeving', 'welzijn'],
    roles: ['gespreksleider', 'initiatiefnemer', 'vrijwilliger'],
    hours: [[{ days: 'di', hours: '19:30–21:00' }], [{ days: 'do', hours: '14:00–16:00' }]],
    intro: [
      (c) => `${c.name} is een plek ${c.at} waar je tot rust kunt komen en kunt praten over wat je bezighoudt.`,
      (c) => `${c.name} brengt mensen met verschillende geloven en levensvragen samen in ${c.area}.`,
    ],
    more: [
      'We praten in kleine groepen. Iedereen mag zijn eigen verhaal vertellen. Je hoeft niets te weten of te geloven.',
      'Er is aandacht voor rouw, eenzaamheid en grote veranderingen in het leven. Een vrijwilliger luistert en denkt met je mee.',
    ],
    offers: [
      'Gespreksgroep over verlies en rouw',
      'Stiltemoment op dinsdagavond',
      'Gesprek met een geestelijk verzorger',
      'Bijeenkomsten over geloof en samenleven',
    ],
  },
  voedselhulp: {
    kind: 'organisatie',
    themes: ['eten', 'werk-en-geld'],
    roles: ['coördinator', 'teamleider uitgifte', 'vrijwilliger'],
    hours: [
      [
        { days: 'di', hours: '13:00–16:00' },
        { days: 'vr', hours: '10:00–12:00' },
      ],
    ],
    intro: [
      (c) => `${c.name} ${c.at} helpt gezinnen en mensen met weinig geld aan eten.`,
      (c) => `Bij ${c.name} halen huishoudens uit ${c.area} elke week hun boodschappen.`,
    ],
    more: [
      'Voor een voedselpakket heb je een verwijzing nodig, bijvoorbeeld van het wijkteam. Wij helpen je graag met de aanvraag.',
      'Alle hulp is vertrouwelijk. Vrijwilligers uit de buurt zorgen dat alles eerlijk wordt verdeeld.',
    ],
    offers: [
      'Wekelijks voedselpakket met verwijzing',
      'Hulp bij het aanvragen van een verwijzing',
      'Verse groente en brood',
      'Luiers en babyvoeding',
      'Vrijwilligerswerk bij de uitgifte',
    ],
  },
  maaltijd: {
    kind: 'initiatief',
    themes: ['eten', 'ontmoeting'],
    roles: ['kok', 'gastvrouw', 'initiatiefnemer'],
    hours: [[{ days: 'wo', hours: '17:00–20:00' }], [{ days: 'di en do', hours: '16:30–20:00' }]],
    intro: [
      (c) => `${c.name} kookt voor de buurt ${c.at}. Samen eten is gezellig en goedkoop.`,
      (c) => `Bij ${c.name} in ${c.area} schuif je aan bij een warme maaltijd, samen met buren.`,
    ],
    more: [
      'Vrijwilligers koken met verse producten. Er is altijd een vegetarische keuze en het vlees is halal.',
      'Je betaalt een kleine bijdrage. Heb je weinig geld? Dan eet je gratis mee. Niemand hoeft dat uit te leggen.',
    ],
    offers: ['Warme maaltijd voor een kleine prijs', 'Meekoken als vrijwilliger', 'Een maaltijd meenemen voor een zieke buur', 'Kookles voor jongeren'],
  },
  taal: {
    kind: 'organisatie',
    themes: ['taal'],
    roles: ['taalcoach', 'docent', 'coördinator'],
    hours: [
      [{ days: 'ma en wo', hours: '10:00–12:00' }],
      [
        { days: 'di en do', hours: '13:30–15:30' },
        { days: 'do', hours: '19:00–21:00' },
      ],
    ],
    intro: [
      (c) => `${c.name} helpt mensen uit ${c.area} om beter Nederlands te spreken, lezen en schrijven.`,
      (c) => `Bij ${c.name} ${c.at} oefen je Nederlands in een rustige en vriendelijke sfeer.`,
    ],
    more: [
      'Je oefent in kleine groepen met vrijwilligers. Fouten maken mag, daar leer je van.',
      'Je niveau maakt niet uit. Beginners en gevorderden zijn welkom.',
    ],
    offers: [
      'Gratis taalles',
      'Praten met een taalmaatje',
      'Hulp bij het inburgeringsexamen',
      'Leesgroep met makkelijke boeken',
      'Oefenen met lezen en schrijven',
    ],
  },
  huiswerk: {
    kind: 'organisatie',
    themes: ['jeugd'],
    roles: ['coördinator', 'begeleider', 'teamleider'],
    hours: [[{ days: 'ma t/m do', hours: '15:30–18:00' }]],
    intro: [
      (c) => `${c.name} helpt kinderen uit ${c.area} met hun huiswerk, na schooltijd.`,
      (c) => `Bij ${c.name} ${c.at} maken leerlingen van de basisschool en de middelbare school rustig hun huiswerk.`,
    ],
    more: [
      'Studenten en vrijwilligers geven uitleg bij rekenen, taal en andere vakken. Er is drinken en fruit.',
      'Ouders zijn welkom om mee te kijken. We houden contact met school als dat helpt.',
    ],
    offers: ['Huiswerkklas na schooltijd', 'Bijles rekenen en taal', 'Hulp bij het kiezen van een middelbare school', 'Examentraining voor het vmbo'],
  },
  jongeren: {
    kind: 'organisatie',
    themes: ['jeugd'],
    roles: ['jongerenwerker', 'coördinator'],
    hours: [
      [
        { days: 'di t/m vr', hours: '15:00–21:00' },
        { days: 'za', hours: '13:00–18:00' },
      ],
    ],
    intro: [
      (c) => `${c.name} ${c.at} is een plek voor jongeren van 12 tot 23 jaar uit ${c.area}.`,
      (c) => `In ${c.name} kunnen jongeren chillen, sporten en aan hun toekomst werken.`,
    ],
    more: [
      'Jongerenwerkers denken mee over school, werk en thuis. Je kunt altijd even binnenlopen.',
      'Jongeren bedenken zelf activiteiten, zoals een toernooi, een kookavond of een opname in de studio.',
    ],
    offers: ['Inloop voor jongeren', 'Muziekstudio om zelf nummers op te nemen', 'Hulp bij je cv en een bijbaan', 'Zaalvoetbal op vrijdagavond'],
  },
  kinderen: {
    kind: 'organisatie',
    themes: ['jeugd', 'gezin'],
    roles: ['speeltuinbeheerder', 'vrijwilliger', 'coördinator'],
    hours: [
      [
        { days: 'wo', hours: '13:00–17:00' },
        { days: 'za', hours: '11:00–16:00' },
      ],
    ],
    intro: [
      (c) => `${c.name} is een veilige plek om te spelen ${c.at} in ${c.area}.`,
      (c) => `Bij ${c.name} kunnen kinderen spelen, knutselen en nieuwe vriendjes maken.`,
    ],
    more: [
      'Vrijwilligers en ouders houden een oogje in het zeil. Meedoen is gratis.',
      'In de schoolvakanties zijn er extra activiteiten, zoals een speurtocht of een film.',
    ],
    offers: ['Gratis spelen', 'Knutselmiddag op woensdag', 'Kinderfeestjes vieren', 'Activiteiten in de vakantie'],
  },
  sport: {
    kind: 'organisatie',
    themes: ['beweging', 'jeugd'],
    roles: ['trainer', 'voorzitter', 'secretaris'],
    hours: [
      [
        { days: 'ma t/m vr', hours: '16:00–22:00' },
        { days: 'za', hours: '09:00–15:00' },
      ],
    ],
    intro: [
      (c) => `${c.name} is een sportclub ${c.at} voor kinderen en volwassenen uit ${c.area}.`,
      (c) => `Bij ${c.name} sport je samen met buren, op jouw eigen niveau.`,
    ],
    more: [
      'De contributie is laag. Met een kortingspas van de gemeente kun je vaak gratis sporten.',
      'Je mag eerst drie keer gratis meetrainen. Daarna kies je of je lid wordt.',
    ],
    offers: ['Drie gratis proeflessen', 'Training voor kinderen vanaf 6 jaar', 'Lessen alleen voor vrouwen', 'Korting voor mensen met weinig geld'],
  },
  beweging: {
    kind: 'initiatief',
    themes: ['beweging', 'welzijn'],
    roles: ['initiatiefnemer', 'begeleider', 'vrijwilliger'],
    hours: [[{ days: 'di en do', hours: '10:00–11:00' }], [{ days: 'wo', hours: '10:00–11:30' }]],
    intro: [(c) => `${c.name} zorgt dat buren in ${c.area} meer bewegen, op een leuke manier.`, (c) => `${c.name} beweegt samen met buren, binnen en buiten.`],
    more: [
      'Je hoeft niet sportief te zijn. We gaan in een rustig tempo en letten op elkaar.',
      'Na afloop drinken we samen koffie. Zo leer je ook je buren kennen.',
    ],
    offers: ['Samen bewegen in een groep', 'Een rustig tempo, voor elk niveau', 'Gratis meedoen', 'Koffie na afloop'],
  },
  senioren: {
    kind: 'organisatie',
    themes: ['senioren', 'ontmoeting'],
    roles: ['activiteitenbegeleider', 'coördinator', 'vrijwilliger'],
    hours: [[{ days: 'ma t/m vr', hours: '10:00–16:00' }]],
    intro: [
      (c) => `${c.name} ${c.at} is er voor ouderen uit ${c.area}.`,
      (c) => `Bij ${c.name} ontmoeten 65-plussers elkaar, drinken ze koffie en doen ze mee aan activiteiten.`,
    ],
    more: [
      'Er is bingo, gym op de stoel en soms een uitje. Wie slecht ter been is, kan worden opgehaald.',
      'Je kunt ook terecht met vragen over zorg, wonen of formulieren. We zoeken samen naar een oplossing.',
    ],
    offers: [
      'Koffieochtend met een praatje',
      'Warme lunch voor een kleine prijs',
      'Ophaaldienst voor wie slecht ter been is',
      'Hulp met de telefoon en computer',
    ],
  },
  wijkteam: {
    kind: 'organisatie',
    themes: ['zorg', 'welzijn'],
    roles: ['wijkteammedewerker', 'teamleider', 'maatschappelijk werker'],
    hours: [weekdays],
    intro: [
      (c) => `${c.name} helpt bewoners van ${c.area} met vragen over zorg, geld, opvoeding en wonen.`,
      (c) => `${c.name} ${c.at} is er voor iedereen die een steuntje in de rug nodig heeft.`,
    ],
    more: [
      'Je kunt binnenlopen of bellen. Een medewerker luistert en zoekt samen met jou naar hulp die past.',
      'De hulp is gratis. Het wijkteam werkt samen met de huisarts, school en andere organisaties in de buurt.',
    ],
    offers: [
      'Inloopspreekuur zonder afspraak',
      'Hulp bij opvoeden',
      'Steun voor mantelzorgers',
      'Hulp bij schulden en rekeningen',
      'Huisbezoek als je niet kunt komen',
    ],
  },
  zorg: {
    kind: 'organisatie',
    themes: ['zorg'],
    roles: ['verpleegkundige', 'coördinator', 'vrijwilliger'],
    hours: [[{ days: 'di en do', hours: '13:00–16:00' }], weekdays],
    intro: [
      (c) => `${c.name} ${c.at} helpt buren met hun gezondheid en welzijn.`,
      (c) => `${c.name} is er voor mensen in ${c.area} die zorg nodig hebben, en voor de mensen die voor hen zorgen.`,
    ],
    more: [
      'We geven informatie en advies in gewone taal. Als het nodig is, regelen we een tolk.',
      'Je kunt mensen ontmoeten die hetzelfde meemaken. Dat geeft vaak steun.',
    ],
    offers: ['Gratis bloeddruk meten', 'Inloop voor mantelzorgers', 'Informatie over gezond leven', 'Gesprek met een verpleegkundige'],
  },
  gezin: {
    kind: 'organisatie',
    themes: ['gezin', 'jeugd'],
    roles: ['coördinator', 'opvoedcoach', 'vrijwilliger'],
    hours: [[{ days: 'ma t/m do', hours: '09:00–12:00' }]],
    intro: [
      (c) => `${c.name} is er voor ouders en jonge kinderen in ${c.area}.`,
      (c) => `Bij ${c.name} ${c.at} ontmoeten ouders elkaar en krijgen ze tips over opvoeden.`,
    ],
    more: [
      'Terwijl de kinderen spelen, praten ouders over wat hen bezighoudt. Een begeleider denkt mee.',
      'Er zijn ochtenden voor moeders, voor vaders en voor het hele gezin. Je kunt gewoon binnenlopen.',
    ],
    offers: ['Koffieochtend voor ouders', 'Spelen met peuters', 'Tips over slapen, eten en grenzen', 'Babykleding ruilen'],
  },
  geld: {
    kind: 'organisatie',
    themes: ['werk-en-geld'],
    roles: ['vrijwilliger', 'coördinator', 'schuldhulpverlener'],
    hours: [
      [
        { days: 'di', hours: '13:00–16:00' },
        { days: 'do', hours: '09:30–12:00' },
      ],
    ],
    intro: [
      (c) => `${c.name} helpt bewoners van ${c.area} met brieven, formulieren en geldzorgen.`,
      (c) => `Heb je zorgen over geld? Bij ${c.name} ${c.at} kijken we samen naar je situatie.`,
    ],
    more: [
      'Neem je brieven en bankafschriften mee. Een vrijwilliger kijkt met je mee en legt alles rustig uit.',
      'We helpen met toeslagen, de belastingaangifte en betalingsregelingen. De hulp is gratis en wat je vertelt, blijft tussen ons.',
    ],
    offers: ['Spreekuur geldzaken zonder afspraak', 'Hulp bij de belastingaangifte', 'Toeslagen aanvragen', 'Een overzicht maken van je rekeningen'],
  },
  werk: {
    kind: 'organisatie',
    themes: ['werk-en-geld'],
    roles: ['jobcoach', 'coördinator', 'werkmeester'],
    hours: [[{ days: 'ma t/m do', hours: '10:00–16:00' }]],
    intro: [
      (c) => `${c.name} helpt mensen uit ${c.area} op weg naar werk, een stage of een opleiding.`,
      (c) => `Bij ${c.name} ${c.at} leer je een vak en doe je werkervaring op.`,
    ],
    more: [
      'Je werkt aan je cv, oefent een sollicitatiegesprek en zoekt vacatures. Een coach helpt je stap voor stap.',
      'Je leert door te doen, samen met andere buren. Na afloop krijg je een bewijs van wat je kunt.',
    ],
    offers: ['Hulp bij je cv', 'Oefenen voor een sollicitatiegesprek', 'Een leerwerkplek', 'Computerles voor beginners'],
  },
  spullen: {
    kind: 'initiatief',
    themes: ['werk-en-geld', 'duurzaamheid'],
    roles: ['initiatiefnemer', 'vrijwilliger'],
    hours: [
      [
        { days: 'wo', hours: '13:00–16:00' },
        { days: 'za', hours: '10:00–13:00' },
      ],
    ],
    intro: [
      (c) => `${c.name} ${c.at} geeft kleding en spullen een tweede leven.`,
      (c) => `Bij ${c.name} kun je gratis kleding, speelgoed en huisraad brengen en halen.`,
    ],
    more: [
      'Breng wat je niet meer gebruikt en neem mee wat je nodig hebt. Alles is gratis.',
      'Vrijwilligers sorteren alles en houden de winkel netjes. Je bent welkom om te helpen.',
    ],
    offers: [
      'Gratis kleding voor kinderen en volwassenen',
      'Spullen brengen en halen',
      'Schoolspullen aan het begin van het schooljaar',
      'Winterjassen in de herfst',
    ],
  },
  bewoners: {
    kind: 'organisatie',
    themes: ['wonen', 'ontmoeting'],
    roles: ['voorzitter', 'secretaris', 'penningmeester'],
    hours: [[{ days: 'eerste do van de maand', hours: '19:30–21:00' }]],
    intro: [(c) => `${c.name} komt op voor de bewoners van ${c.area}.`, (c) => `${c.name} is een groep buren die samen werkt aan een fijne en veilige buurt.`],
    more: [
      'We praten met de gemeente en de woningcorporatie over onderhoud, groen en veiligheid. Iedere bewoner mag meedenken.',
      'We organiseren ook leuke dingen, zoals een straatfeest of een schoonmaakdag. Nieuwe leden zijn welkom.',
    ],
    offers: ['Bewonersavond eens per maand', 'Hulp bij klachten over onderhoud', 'Buurtfeest voor iedereen', 'Geld aanvragen voor een idee in je straat'],
  },
  wonen: {
    kind: 'organisatie',
    themes: ['wonen'],
    roles: ['woonconsulent', 'vrijwilliger', 'coördinator'],
    hours: [[{ days: 'wo', hours: '10:00–13:00' }]],
    intro: [
      (c) => `${c.name} helpt huurders en eigenaren in ${c.area} met vragen over wonen.`,
      (c) => `Problemen met je huis of je verhuurder? ${c.name} ${c.at} denkt met je mee.`,
    ],
    more: [
      'Denk aan schimmel, een te hoge huur of een lekkage die niet wordt gemaakt. We leggen uit wat je rechten zijn.',
      'We helpen je met een brief of gaan mee naar een gesprek. De hulp is gratis.',
    ],
    offers: ['Spreekuur over huur en onderhoud', 'Hulp bij een brief aan de verhuurder', 'Uitleg over huurtoeslag', 'Hulp bij ruzie met de buren'],
  },
  repair: {
    kind: 'initiatief',
    themes: ['duurzaamheid', 'ontmoeting'],
    roles: ['reparateur', 'initiatiefnemer', 'vrijwilliger'],
    hours: [[{ days: 'laatste za van de maand', hours: '12:00–16:00' }], [{ days: 'do', hours: '13:00–16:00' }]],
    intro: [(c) => `${c.name} ${c.at} repareert samen met jou kapotte spullen.`, (c) => `Bij ${c.name} in ${c.area} gooien we niets weg wat nog te maken is.`],
    more: [
      'Neem je kapotte lamp, broek, fiets of koffiezetapparaat mee. Handige vrijwilligers kijken met je mee.',
      'Je betaalt niets, een vrijwillige bijdrage mag. Ondertussen drink je koffie met andere buren.',
    ],
    offers: ['Gratis reparatie van kleine apparaten', 'Kleding laten maken', 'Fietsreparatie', 'Zelf leren repareren'],
  },
  groen: {
    kind: 'initiatief',
    themes: ['duurzaamheid', 'ontmoeting'],
    roles: ['tuinier', 'initiatiefnemer', 'vrijwilliger'],
    hours: [[{ days: 'za', hours: '10:00–13:00' }], [{ days: 'wo en za', hours: '10:00–12:00' }]],
    intro: [
      (c) => `${c.name} maakt ${c.area} groener, samen met de buren.`,
      (c) => `${c.name} ${c.at} is een plek om te tuinieren, te oogsten en buren te ontmoeten.`,
    ],
    more: [
      'Je hoeft geen ervaring te hebben. We leren van elkaar en delen wat we oogsten.',
      'Kinderen zijn ook welkom. Zo leren ze waar groente vandaan komt.',
    ],
    offers: ['Meewerken in de tuin', 'Zaden en plantjes ruilen', 'Hulp bij het aanleggen van een geveltuin', 'Verse kruiden plukken'],
  },
  energie: {
    kind: 'initiatief',
    themes: ['duurzaamheid', 'wonen'],
    roles: ['energiecoach', 'initiatiefnemer'],
    hours: [[{ days: 'ma t/m za', hours: 'op afspraak' }]],
    intro: [
      (c) => `${c.name} helpt buren in ${c.area} om energie en geld te besparen.`,
      (c) => `Bij ${c.name} leren buren van elkaar hoe je je huis warm houdt zonder hoge rekening.`,
    ],
    more: [
      'Een energiecoach komt gratis bij je thuis. Samen kijken we naar je rekening en je huis.',
      'Je krijgt kleine spullen om te besparen, zoals tochtstrips of een zuinige douchekop.',
    ],
    offers: ['Gratis energiecoach aan huis', 'Tochtstrips en radiatorfolie', 'Uitleg over je energierekening', 'Hulp bij een aanvraag voor subsidie'],
  },
  cultuur: {
    kind: 'organisatie',
    themes: ['cultuur', 'ontmoeting'],
    roles: ['docent', 'artistiek leider', 'coördinator'],
    hours: [[{ days: 'wo t/m za', hours: '13:00–17:00' }], [{ days: 'di en do', hours: '19:00–22:00' }]],
    intro: [
      (c) => `${c.name} ${c.at} brengt kunst en cultuur dichtbij voor iedereen in ${c.area}.`,
      (c) => `Bij ${c.name} ontdek je je eigen talent, samen met buren.`,
    ],
    more: [
      'Je hoeft geen ervaring te hebben. Docenten en vrijwilligers helpen je op weg.',
      'Een paar keer per jaar laten we zien wat we gemaakt hebben, in een voorstelling of tentoonstelling.',
    ],
    offers: ['Meedoen voor een kleine prijs', 'Geen ervaring nodig', 'Voorstellingen en tentoonstellingen voor de buurt', 'Activiteiten voor kinderen'],
  },
  vereniging: {
    kind: 'organisatie',
    themes: ['cultuur', 'ontmoeting'],
    roles: ['voorzitter', 'secretaris'],
    hours: [[{ days: 'za', hours: '14:00–18:00' }], [{ days: 'vr', hours: '19:00–23:00' }]],
    intro: [(c) => `${c.name} brengt mensen samen rond muziek, taal en tradities.`, (c) => `${c.name} is een vereniging ${c.at} met leden uit heel ${c.wijk}.`],
    more: [
      'We vieren feestdagen, koken samen en maken muziek. Ook buren met een andere achtergrond zijn welkom.',
      'Nieuwe bewoners helpen we op weg in de stad, in hun eigen taal en in het Nederlands.',
    ],
    offers: ['Muziek- en dansles', 'Feesten voor de hele buurt', 'Hulp voor nieuwe bewoners in hun eigen taal', 'Kookavond met gerechten van thuis'],
  },
  vrijwilligers: {
    kind: 'organisatie',
    themes: ['vrijwilligers', 'welzijn'],
    roles: ['coördinator', 'vrijwilliger', 'matcher'],
    hours: [[{ days: 'ma t/m do', hours: '10:00–15:00' }]],
    intro: [
      (c) => `${c.name} brengt buren die hulp vragen en buren die hulp bieden bij elkaar.`,
      (c) => `Wil je iets doen voor je buurt? ${c.name} ${c.at} helpt je een leuke klus te vinden.`,
    ],
    more: [
      'Het gaat om kleine dingen: een boodschap, een klusje in huis of samen een wandeling maken.',
      'Je kiest zelf hoeveel tijd je geeft. Ook een uur per maand helpt al.',
    ],
    offers: ['Vrijwilligerswerk bij jou in de buurt', 'Hulp bij kleine klusjes', 'Een maatje om mee te wandelen', 'Boodschappen voor wie het zelf niet kan'],
  },
  ontmoeting: {
    kind: 'initiatief',
    themes: ['ontmoeting', 'welzijn'],
    roles: ['initiatiefnemer', 'gastvrouw', 'gastheer'],
    hours: [[{ days: 'do', hours: '10:00–12:00' }], [{ days: 'ma en vr', hours: '10:00–12:30' }]],
    intro: [
      (c) => `${c.name} is een plek ${c.at} waar buren uit ${c.area} elkaar leren kennen.`,
      (c) => `${c.name} is er voor iedereen die een praatje wil maken of zich wat alleen voelt.`,
    ],
    more: [
      'Er is koffie, thee en iets lekkers. Je hoeft niets te kunnen of te weten, je bent gewoon welkom.',
      'Soms is er een spel, muziek of een gast met een verhaal. Meestal praten we gewoon met elkaar.',
    ],
    offers: ['Koffie en thee', 'Spelletjes en een praatje', 'Nieuwe mensen leren kennen', 'Samen een uitje maken'],
  },
} satisfies Record<string, OrgProfile>

export type ProfileKey = keyof typeof PROFILES

/** Optional closing paragraph, shared by all kinds. */
export const CLOSING_LINES = [
  'Kom gerust een keer kijken. De koffie staat klaar.',
  'Heb je een vraag? Bel, mail of loop even binnen. We helpen je graag.',
  'We zoeken altijd vrijwilligers. Ook als je maar een paar uur per maand tijd hebt, ben je welkom.',
  'Vrijwilligers spreken naast Nederlands ook Arabisch, Turks, Engels of Papiaments.',
  'Ben je nieuw in de buurt? Dan ben je extra welkom.',
]
