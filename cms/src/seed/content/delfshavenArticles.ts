/** Buurtkrant: twelve stories by (made-up) residents of Delfshaven. */
import type { SeedArticle } from './types'

export const DELFSHAVEN_ARTICLES: SeedArticle[] = [
  {
    key: 'artikel-buurtkok', authorName: 'Joop Verhoeven', publishedDaysAgo: 2,
    title: 'Elke week kook ik voor veertig buren',
    lead: 'Joop (71) staat al zes jaar op maandag in de keuken van De Kookpot. "Ik kwam voor een bord soep en ik ging nooit meer weg."',
    body: [
      'Na de dood van mijn vrouw at ik elke avond alleen, voor de televisie. Een buurvrouw nam me een keer mee naar de buurtmaaltijd. Ik vond het eerst spannend, al die onbekende mensen.',
      'Na een paar weken vroeg de kok of ik wilde helpen met aardappels schillen. Nu kook ik zelf. Stamppot natuurlijk, maar ik heb van Fatima ook harira leren maken. Die soep is nu het populairst.',
      'Wat ik het mooiste vind? Dat mensen blijven zitten na het eten. Een jonge moeder uit Syrië en een oude havenwerker praten over hun kinderen. Dat zie je nergens anders.',
      'We zoeken nog iemand die kan helpen met boodschappen doen op maandagochtend. Kom gerust langs. En anders: schuif gewoon aan, de eerste keer trakteer ik.',
    ],
  },
  {
    key: 'artikel-taalcafe-baan', authorName: 'Samira Haddou', publishedDaysAgo: 5,
    title: 'Van het taalcafé naar een baan in de zorg',
    lead: 'Drie jaar geleden sprak Samira bijna geen Nederlands. Nu werkt ze als helpende in een verpleeghuis.',
    body: [
      'Toen ik in Rotterdam kwam, durfde ik niet te praten. In de winkel wees ik naar wat ik wilde. Mijn kinderen vertaalden alles voor mij.',
      'Een buurvrouw vertelde over het taalcafé bij De Kletspot. De eerste keer zei ik alleen mijn naam. Maar niemand lachte. Iedereen maakte fouten, ook de mensen die al jaren hier wonen.',
      'Mijn taalmaatje Ineke kwam elke week bij mij thuis. We oefenden met brieven van school en gesprekken bij de dokter. Zij zei: jij zou goed zijn in de zorg.',
      'Nu werk ik drie dagen per week. Op dinsdag ga ik nog steeds naar het taalcafé, maar nu help ik nieuwe mensen. Ik zeg altijd tegen ze: gewoon beginnen, de woorden komen vanzelf.',
    ],
  },
  {
    key: 'artikel-moestuin-oogst', authorName: 'Rachid Ouali', publishedDaysAgo: 9,
    title: 'De moestuin bij het Dakpark deelt de oogst',
    lead: 'Wat begon met vier bakken tomaten, is nu een tuin waar dertig buren werken. Een deel van de oogst gaat naar de voedselhulp.',
    body: [
      'Ik ben opgegroeid op het platteland in Marokko. Hier in Bospolder miste ik de aarde onder mijn handen. Daarom begon ik met een paar buren De Groene Hoek.',
      'Nu hebben we bonen, courgettes, kruiden en zelfs een vijgenboom. Op zaterdagochtend werken we samen. Kinderen mogen de wortels uit de grond trekken, dat vinden ze prachtig.',
      'Wat we over hebben, brengen we naar het uitgiftepunt in de Hudsonstraat. Verse groente is duur. Zo krijgen gezinnen toch iets gezonds in hun pakket.',
      'Je hoeft niets van tuinieren te weten. Ik leer het je graag. Kom op zaterdag langs en trek kleren aan die vies mogen worden.',
    ],
  },
  {
    key: 'artikel-geldzorgen', authorName: 'Anoniem, bewoner van Tussendijken', publishedDaysAgo: 13,
    title: 'Waarom ik veel eerder hulp had moeten vragen',
    lead: 'Een bewoner van Tussendijken vertelt hoe een stapel ongeopende brieven uitgroeide tot een schuld van duizenden euro\'s.',
    body: [
      'Het begon met één boete die ik niet kon betalen. Daarna kwamen de aanmaningen. Ik durfde de envelop niet meer open te maken. Ze gingen ongeopend in een la.',
      'Ik schaamde me enorm. Ik heb een baan, ik dacht dat ik het zelf moest oplossen. Pas toen er een deurwaarder aan de deur stond, vertelde ik het aan mijn zus.',
      'Zij nam me mee naar het spreekuur geldzaken. Een vrijwilliger maakte samen met mij alle brieven open. Het was minder erg dan ik dacht, en er was een oplossing voor.',
      'Nu betaal ik elke maand een vast bedrag af. Mijn advies: wacht niet zo lang als ik. De mensen daar oordelen niet. Ze hebben alles al eens gezien.',
    ],
  },
  {
    key: 'artikel-huiswerkklas', authorName: 'Kwame Mensah', publishedDaysAgo: 18,
    title: '"Ik haalde een acht voor rekenen"',
    lead: 'Elke week maken tientallen kinderen hun huiswerk in De Leerboom. Vader Kwame ziet zijn zoon groeien.',
    body: [
      'Mijn zoon Daniel vond rekenen vreselijk. Thuis kon ik hem niet goed helpen, de sommen worden anders uitgelegd dan toen ik op school zat.',
      'Bij De Leerboom helpen studenten de kinderen. Daniels begeleider heet Youssef en studeert zelf voor leraar. Hij legt het uit met voetbal: hoeveel doelpunten per wedstrijd.',
      'Vorige maand kwam Daniel thuis met een acht voor rekenen. Hij was zo trots dat hij het cijfer op de koelkast plakte.',
      'De huiswerkklas is gratis. Ik wil alle ouders zeggen: ga eens kijken. Het is ook fijn voor jezelf, je hoeft niet meer elke avond te strijden over huiswerk.',
    ],
  },
  {
    key: 'artikel-repaircafe', authorName: 'Sandra Pinas', publishedDaysAgo: 24,
    title: 'Mijn broodrooster doet het weer',
    lead: 'Sandra wilde een nieuwe broodrooster kopen. Bij het Repair Café bleek één draadje los te zitten.',
    body: [
      'Mijn broodrooster was een cadeau van mijn moeder. Toen hij het niet meer deed, vond ik dat echt jammer. Een buurman zei: ga naar De Schroevendraaier.',
      'Op de laatste zaterdag van de maand zit het vol met mensen met tassen. Lampen, radio\'s, een kinderwagen. Vrijwilligers met een vergrootglas en een soldeerbout helpen je.',
      'Henk schroefde mijn broodrooster open en wees het losse draadje aan. Ik mocht het zelf vastmaken. Na tien minuten was hij gemaakt.',
      'Het kost niets, je mag iets in de pot doen. Ik ben nu zelf vrijwilliger bij de naaitafel. Er gaat zoveel kapot wat nog te maken is.',
    ],
  },
  {
    key: 'artikel-geveltuinen', authorName: 'Mirjam de Graaf', publishedDaysAgo: 31,
    title: 'Een grijze straat wordt groen',
    lead: 'In de Grote Visserijstraat hebben buren samen twintig geveltuinen aangelegd. "Je praat ineens met iedereen."',
    body: [
      'Onze straat was grijs: stenen, auto\'s en vuilniszakken. Op een avond zaten een paar buren samen en zeiden: dat kan anders.',
      'Met hulp van Geveltuinen Tussendijken haalden we op één zaterdag stoeptegels weg. De planten kregen we gratis. Kinderen gaven water met gieters.',
      'Het mooiste is wat het met de straat doet. Als ik mijn tuintje water geef, blijft iedereen staan. Ik ken nu de namen van bijna al mijn buren.',
      'Wil jij ook een geveltuin? Op de geveltuinendag helpen we je. Je moet alleen beloven dat je hem water geeft.',
    ],
  },
  {
    key: 'artikel-wandelen', authorName: 'Greet Hoekstra', publishedDaysAgo: 38,
    title: 'Samen wandelen tegen de eenzaamheid',
    lead: 'Greet (79) loopt elke woensdag met de wandelgroep door de wijk. Het is het hoogtepunt van haar week.',
    body: [
      'Na mijn heupoperatie kwam ik bijna niet meer buiten. De dagen waren lang. Mijn dochter woont ver weg en belt één keer per week.',
      'De wijkverpleegkundige vertelde over Wandelgroep Stap voor Stap. We lopen een uur, heel rustig, langs de singels. Er is altijd iemand die naast je blijft.',
      'Onderweg zie je van alles. Een nieuwe bakker, de reigers bij het water, de kinderen die naar school gaan. En we kletsen natuurlijk.',
      'Na afloop drinken we koffie. Daar zijn vriendschappen ontstaan. Met twee vrouwen uit de groep ga ik nu ook op zondag naar de markt.',
    ],
  },
  {
    key: 'artikel-straatfeest', authorName: 'Carlos Monteiro', publishedDaysAgo: 45,
    title: 'Zo organiseer je een straatfeest',
    lead: 'Carlos organiseerde samen met buren het eerste straatfeest in zijn straat in Spangen. Hij deelt zijn tips.',
    body: [
      'Begin op tijd. Wij begonnen acht weken van tevoren. Je moet de straat laten afsluiten en dat vraag je aan bij de gemeente.',
      'Vraag geld aan. Voor bewonersinitiatieven is er een potje bij de gemeente. De bewonersvereniging hielp ons met het formulier.',
      'Laat iedereen iets meenemen. Wij vroegen elk huis om één gerecht. Er stonden uiteindelijk vijftig gerechten op tafel, uit twintig landen.',
      'Denk aan de kinderen. Een springkussen en stoepkrijt is genoeg. En vergeet niet de buren die slecht ter been zijn. Wij zetten stoelen bij hun voordeur.',
      'Het belangrijkste: doe het gewoon. Het hoeft niet perfect. Na ons feest groeten mensen elkaar op straat. Dat was het waard.',
    ],
  },
  {
    key: 'artikel-vadergroep', authorName: 'Emre Aksoy', publishedDaysAgo: 53,
    title: 'Vaders praten ook',
    lead: 'In de Vadergroep Stoere Vaders praten mannen uit Bospolder over opvoeden. "Dat deden onze vaders nooit."',
    body: [
      'Mijn vader werkte in de haven en was er bijna nooit. Praten over gevoelens deden we thuis niet. Ik wil het anders doen met mijn kinderen, maar hoe?',
      'In de vadergroep zitten mannen uit Turkije, Marokko, Suriname en Nederland. We praten over school, boos worden, telefoons en wat we van onze eigen vaders meekregen.',
      'Soms is het zwaar. Een vader vertelde dat zijn zoon hem niet meer wilde zien. Niemand gaf advies. We luisterden gewoon. Dat hielp hem meer dan wat ook.',
      'We komen om de week samen, met thee en iets lekkers. Iedere vader is welkom. Je hoeft niets te vertellen als je dat niet wilt.',
    ],
  },
  {
    key: 'artikel-verhalen-haven', authorName: 'Henk van Dijk', publishedDaysAgo: 62,
    title: 'Toen de haven nog vol schepen lag',
    lead: 'Henk (84) werd geboren aan de Voorhaven. Hij vertelt over de wijk van vroeger, en waarom hij nooit wegging.',
    body: [
      'Als jongen speelde ik tussen de tonnen en touwen op de kade. Mijn vader was sjouwer. We woonden met zeven kinderen in twee kamers.',
      'De wijk is veranderd. De kroegen zijn weg, er wonen mensen uit de hele wereld. Maar de buurt voelt nog steeds als een dorp. Iedereen kent elkaar.',
      'In het Verhalenhuis vertel ik mijn verhalen aan kinderen van de basisschool. Zij vertellen mij over hun opa\'s in Turkije en Kaapverdië. Die verhalen lijken veel op de mijne.',
      'Ik hoop dat jonge mensen blijven vertellen. Een wijk zonder verhalen is alleen maar stenen.',
    ],
  },
  {
    key: 'artikel-energiecoach', authorName: 'Dewi Ramdin', publishedDaysAgo: 74,
    title: 'Wat de energiecoach in mijn huis vond',
    lead: 'Dewi schrok van haar energierekening. Een energiecoach kwam langs en vond lekken die ze zelf nooit had gezien.',
    body: [
      'Mijn voorschot ging omhoog met zestig euro per maand. Met twee kinderen en een parttime baan is dat veel geld. Ik wist niet waar ik moest beginnen.',
      'De energiecoach, een buurman van twee straten verder, kwam op een dinsdagavond. Hij hield een kaarsje bij de ramen. Het vlammetje ging alle kanten op: tocht.',
      'We plakten samen tochtstrips, zetten folie achter de radiatoren en hij legde uit hoe de thermostaat werkt. Alles kreeg ik gratis.',
      'Mijn rekening is nu lager en het huis voelt warmer. Bel de energiecoaches gerust. Het kost je niets en je leert er veel van.',
    ],
  },
]
