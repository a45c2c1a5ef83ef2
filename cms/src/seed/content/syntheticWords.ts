/** Word lists that the synthetic generator combines into any number of unique, plausible items. */
import type { ProfileKey } from './orgProfiles'
import type { EventCategory, SeedPost } from './types'

export type City = { name: string; areaCode: string; pcMin: number; pcMax: number; lat: number; lng: number }

export const CITIES: City[] = [
  { name: 'Rotterdam', areaCode: '010', pcMin: 3011, pcMax: 3089, lat: 51.922, lng: 4.479 },
  { name: 'Utrecht', areaCode: '030', pcMin: 3511, pcMax: 3585, lat: 52.091, lng: 5.122 },
  { name: 'Amsterdam', areaCode: '020', pcMin: 1011, pcMax: 1109, lat: 52.373, lng: 4.893 },
  { name: 'Den Haag', areaCode: '070', pcMin: 2491, pcMax: 2597, lat: 52.07, lng: 4.3 },
  { name: 'Groningen', areaCode: '050', pcMin: 9711, pcMax: 9747, lat: 53.219, lng: 6.567 },
  { name: 'Eindhoven', areaCode: '040', pcMin: 5611, pcMax: 5658, lat: 51.441, lng: 5.478 },
  { name: 'Zwolle', areaCode: '038', pcMin: 8011, pcMax: 8046, lat: 52.512, lng: 6.094 },
  { name: 'Arnhem', areaCode: '026', pcMin: 6811, pcMax: 6846, lat: 51.985, lng: 5.899 },
  { name: 'Tilburg', areaCode: '013', pcMin: 5011, pcMax: 5049, lat: 51.556, lng: 5.091 },
  { name: 'Maastricht', areaCode: '043', pcMin: 6211, pcMax: 6229, lat: 50.851, lng: 5.691 },
]

export const ORG_LABELS: [label: string, profile: ProfileKey][] = [
  ['Buurthuis', 'buurthuis'], ['Wijkcentrum', 'buurthuis'], ['Taalcafé', 'taal'], ['Taalhuis', 'taal'], ['Huiswerkklas', 'huiswerk'],
  ['Jongerencentrum', 'jongeren'], ['Speeltuin', 'kinderen'], ['Sportclub', 'sport'], ['Wandelclub', 'beweging'], ['Ouderensoos', 'senioren'],
  ['Wijkteam', 'wijkteam'], ['Zorgpunt', 'zorg'], ['Ouder-Kindcentrum', 'gezin'], ['Geldspreekuur', 'geld'], ['Werkplaats', 'werk'],
  ['Weggeefwinkel', 'spullen'], ['Bewonersvereniging', 'bewoners'], ['Woonspreekuur', 'wonen'], ['Repair Café', 'repair'], ['Buurttuin', 'groen'],
  ['Energiegroep', 'energie'], ['Atelier', 'cultuur'], ['Muziekvereniging', 'vereniging'], ['Vrijwilligerspunt', 'vrijwilligers'], ['Koffiehoek', 'ontmoeting'],
  ['Eettafel', 'maaltijd'], ['Voedselhulp', 'voedselhulp'], ['Moskeegemeenschap', 'moskee'], ['Kerkgemeenschap', 'kerk'], ['Stiltehuis', 'zingeving'],
]

export const CORES = [
  'De Linde', 'Het Anker', 'De Brug', 'De Boog', 'Het Baken', 'De Bron', 'De Kastanje', 'Het Kompas', 'De Molen', 'De Horizon',
  'De Regenboog', 'Het Veer', 'De Toren', 'De Vonk', 'De Zonnebloem', 'De Wilg', 'Het Plein', 'De Kade', 'De Singel', 'De Eik',
  'De Meeuw', 'De Reiger', 'Het Klaverblad', 'De Tuinman', 'De Lantaarn', 'De Kroon', 'Het Zeil', 'De Parel', 'De Ster', 'De Waag',
  'De Hoeve', 'Het Bolwerk', 'De Sluis', 'De Dijk', 'De Vlinder', 'De Boomgaard', 'Het Hofje', 'De Poort', 'De Kei', 'De Klok',
  'De Pijler', 'De Spil', 'De Steiger', 'De Weegbree', 'De Korenbloem', 'De Zwaan', 'De Appelboom', 'De Fontein', 'De Uitkijk', 'Het Eiland',
]

export const AREAS = [
  'Noord', 'Zuid', 'Oost', 'West', 'Centrum', 'Oude Dorp', 'Nieuwland', 'De Hoven', 'Het Veld', 'Molenwijk',
  'Kerkbuurt', 'Havenkwartier', 'Parkwijk', 'Bloemenbuurt', 'Schildersbuurt', 'Vogelwijk', 'Rivierenbuurt', 'Dichtersbuurt', 'Stationsbuurt', 'Singelbuurt',
]

export const STREET_NAMES = [
  'Kerkstraat', 'Molenstraat', 'Schoolstraat', 'Dorpsstraat', 'Julianalaan', 'Wilhelminastraat', 'Stationsweg', 'Parklaan', 'Lindelaan', 'Beatrixstraat',
  'Marktplein', 'Havenkade', 'Nieuwstraat', 'Kastanjelaan', 'Vondelstraat', 'Rembrandtplein', 'Merelstraat', 'Rozenstraat', 'Tulpstraat', 'Eikenlaan',
  'Beukenlaan', 'Torenstraat', 'Spoorlaan', 'Sportlaan', 'Prins Hendrikstraat', 'Oranjestraat', 'Zuiderkade', 'Brugstraat', 'Singel', 'Emmaplein',
]

export type Activity = { title: string; category: EventCategory; themes: string[]; summary: string; description: string[] }
const a = (title: string, category: EventCategory, themes: string[], summary: string, ...description: string[]): Activity => ({
  title, category, themes, summary, description,
})

export const ACTIVITIES: Activity[] = [
  a('Buurtmaaltijd', 'buurtmaaltijd', ['eten', 'ontmoeting'], 'Een warme maaltijd met buren, voor een kleine prijs.', 'Vrijwilligers koken met verse producten.', 'Er is altijd een vegetarische keuze.'),
  a('Soep en Brood', 'buurtmaaltijd', ['eten', 'welzijn'], 'Gratis soep en brood voor iedereen.', 'De soep is gemaakt van groente die anders weggegooid zou worden.', 'Je hoeft niets te betalen of uit te leggen.'),
  a('Koffieochtend', 'ontmoeting', ['ontmoeting'], 'Koffie, thee en een praatje met buren.', 'De koffie is gratis.', 'Nieuwe buren zijn extra welkom.'),
  a('Spelletjesmiddag', 'ontmoeting', ['ontmoeting', 'senioren'], 'Kaarten, sjoelen en bordspellen voor jong en oud.', 'Neem gerust je eigen spel mee.', 'Er is koffie en thee.'),
  a('Taalcafé', 'cursus', ['taal', 'ontmoeting'], 'Nederlands oefenen in kleine groepjes.', 'Elk niveau is welkom.', 'Fouten maken mag, daar leer je van.'),
  a('Computerles', 'cursus', ['taal', 'senioren'], 'Leer werken met je telefoon, tablet of computer.', 'Een vrijwilliger helpt je stap voor stap.', 'Neem je eigen apparaat mee als je dat hebt.'),
  a('Kookworkshop', 'cursus', ['eten'], 'Leer gezond en goedkoop koken.', 'We koken samen en eten het daarna op.', 'Je krijgt de recepten mee naar huis.'),
  a('Wandelgroep', 'beweging', ['beweging'], 'Een rustige wandeling van een uur door de buurt.', 'We lopen in een rustig tempo.', 'Na afloop drinken we koffie.'),
  a('Gym op de Stoel', 'beweging', ['beweging', 'senioren'], 'Rustig bewegen op een stoel, voor ouderen.', 'Een docent doet de oefeningen voor.', 'Je doet mee zoals het voor jou goed voelt.'),
  a('Yogales', 'beweging', ['beweging', 'welzijn'], 'Rustige yoga voor beginners.', 'Matten zijn er.', 'Trek makkelijke kleren aan.'),
  a('Filmavond', 'cultuur', ['cultuur'], 'Een film op groot doek, met popcorn.', 'Na afloop praten we na.', 'De film heeft Nederlandse ondertiteling.'),
  a('Buurtkoor', 'cultuur', ['cultuur', 'ontmoeting'], 'Samen zingen, noten lezen is niet nodig.', 'De dirigent leert ons de liedjes.', 'Iedereen die graag zingt is welkom.'),
  a('Schilderles', 'cultuur', ['cultuur'], 'Leer schilderen en tekenen, ook als je het nog nooit deed.', 'Verf en papier zijn er.', 'Je neemt je werk mee naar huis.'),
  a('Huiswerkklas', 'jeugd', ['jeugd'], 'Huiswerk maken met hulp van studenten.', 'Er is een rustige plek, drinken en fruit.', 'Ouders zijn welkom om mee te kijken.'),
  a('Knutselmiddag', 'jeugd', ['jeugd', 'gezin'], 'Knutselen en spelen voor kinderen van 4 tot 12 jaar.', 'Elke keer maken we iets anders.', 'Ouders mogen blijven.'),
  a('Voorleesuur', 'jeugd', ['jeugd', 'taal'], 'Voorlezen uit prentenboeken voor jonge kinderen.', 'Kinderen mogen daarna een boek meenemen.', 'Ouders lezen gezellig mee.'),
  a('Spreekuur Geldzaken', 'spreekuur', ['werk-en-geld'], 'Gratis hulp bij rekeningen, schulden en brieven.', 'Neem je brieven mee.', 'Wat je vertelt, blijft tussen ons.'),
  a('Woonspreekuur', 'spreekuur', ['wonen'], 'Gratis advies over huur, onderhoud en schimmel.', 'Neem je huurcontract mee als je dat hebt.', 'We helpen ook met een brief aan je verhuurder.'),
  a('Inloopspreekuur Wijkteam', 'spreekuur', ['zorg', 'welzijn'], 'Zonder afspraak met je vraag terecht bij het wijkteam.', 'Het kan over zorg, geld, opvoeding of wonen gaan.', 'De hulp is gratis.'),
  a('Opschoonactie', 'vrijwilligerswerk', ['duurzaamheid', 'vrijwilligers'], 'Samen de buurt schoonmaken.', 'Grijpers en zakken liggen klaar.', 'Na afloop is er soep voor alle helpers.'),
  a('Werkochtend Buurttuin', 'vrijwilligerswerk', ['duurzaamheid', 'vrijwilligers'], 'Samen werken in de buurttuin.', 'Gereedschap en handschoenen zijn er.', 'Wie meewerkt, neemt groente mee naar huis.'),
  a('Repair Café', 'ontmoeting', ['duurzaamheid', 'ontmoeting'], 'Samen je kapotte spullen repareren.', 'Handige vrijwilligers kijken met je mee.', 'Een vrijwillige bijdrage mag.'),
  a('Kledingruil', 'ontmoeting', ['duurzaamheid', 'gezin'], 'Ruil kleding die je niet meer draagt.', 'Breng schone kleding mee.', 'Wat overblijft, gaat naar gezinnen die het nodig hebben.'),
  a('Bewonersavond', 'ontmoeting', ['wonen', 'ontmoeting'], 'Praat mee over plannen voor je buurt.', 'Het gaat over onderhoud, groen en veiligheid.', 'Neem je ideeën mee.'),
]

export const ARTICLE_TITLES: ((core: string, area: string) => string)[] = [
  (c, a) => `Nieuw in ${a}: ${c}`,
  (c, a) => `De vrijwilligers van ${c} in ${a}`,
  (c, a) => `Zo helpt ${c} buren in ${a}`,
  (c, a) => `Een dag bij ${c} in ${a}`,
  (c, a) => `${c} in ${a} zoekt nieuwe vrijwilligers`,
  (c, a) => `Buren uit ${a} vertellen over ${c}`,
  (c, a) => `Tien jaar ${c} in ${a}`,
  (c, a) => `Wat ${c} betekent voor ${a}`,
]

export const ARTICLE_PARAGRAPHS = [
  'Het begon klein, met een paar buren aan een keukentafel. Nu komen er elke week tientallen mensen.',
  'Vrijwilligers zijn het hart van het project. Zonder hen zou er niets gebeuren.',
  'Wie binnenkomt, krijgt meteen een kop koffie. Daarna komt het gesprek vanzelf.',
  'Niet alles gaat makkelijk. Het geld is vaak krap en de ruimte is klein. Toch gaan de vrijwilligers door.',
  'Een bezoeker vertelt: "Hier voel ik me gezien. Thuis was ik veel alleen."',
  'De buurt is veranderd de laatste jaren. Er wonen nu mensen uit meer dan veertig landen.',
  'Kinderen en ouderen doen samen mee. Dat levert mooie ontmoetingen op.',
  'Wil je helpen? Een uur per week is al genoeg. Je kunt je aanmelden bij de vrijwilligerscoördinator.',
  'Volgend jaar hopen ze te groeien. Er zijn al plannen voor een nieuwe ruimte.',
  'Het mooiste compliment? Dat mensen terugkomen, week na week.',
]

export const POST_TEMPLATES: [kind: SeedPost['kind'], title: string, body: string][] = [
  ['vraag', 'Wie helpt mij met mijn belastingaangifte?', 'Ik begrijp de brieven niet goed. Wie kan een uurtje met mij meekijken?'],
  ['aanbod', 'Gratis kinderfiets af te halen', 'Een fiets voor een kind van ongeveer 5 tot 7 jaar. Nog in goede staat.'],
  ['vraag', 'Wie wil samen wandelen?', 'Alleen wandelen vind ik saai. Wie loopt een keer per week een rondje met mij?'],
  ['aanbod', 'Ik geef gratis bijles rekenen', 'Ik help leerlingen van de basisschool en de middelbare school, één middag per week.'],
  ['vraag', 'Iemand om mijn kat te voeren', 'Ik ben een paar dagen weg. Wie kan mijn kat eten geven?'],
  ['aanbod', 'Kinderkleding gratis', 'Een tas met schone kinderkleding, maat 98 tot 110.'],
  ['vraag', 'Hulp bij het ophangen van gordijnen', 'Ik heb geen boormachine en geen ervaring. Wie kan helpen?'],
  ['aanbod', 'Naaimachine te leen', 'Je mag hem een paar weken lenen. Ik leg uit hoe hij werkt.'],
  ['vraag', 'Taalmaatje gezocht', 'Ik wil beter Nederlands praten. Wie drinkt een keer per week koffie met mij?'],
  ['aanbod', 'Stekjes van kamerplanten', 'Neem een potje mee en kies een stekje uit.'],
  ['vraag', 'Wie heeft een ladder te leen?', 'Ik wil mijn ramen aan de buitenkant wassen. Ik breng hem dezelfde dag terug.'],
  ['aanbod', 'Hulp met je telefoon of tablet', 'Ik help graag met WhatsApp, foto\'s of de app van de bank.'],
]

export const PALETTES: [primary: string, accent: string][] = [
  ['#A13F22', '#F2B134'],
  ['#1D6B66', '#F4B942'],
  ['#8C3B5E', '#F2C14E'],
  ['#8F4A1C', '#F6C453'],
]
