/** Prikbord: questions and offers between neighbours. */
import type { SeedPost } from './types'

const p = (key: string, kind: SeedPost['kind'], title: string, body: string, authorName: string, createdDaysAgo: number, expiresInDays: number): SeedPost => ({
  key, kind, title, body, authorName, createdDaysAgo, expiresInDays,
})

export const DELFSHAVEN_POSTS: SeedPost[] = [
  p('prik-belastingaangifte', 'vraag', 'Wie helpt mij met mijn belastingaangifte?', 'Ik krijg steeds brieven van de Belastingdienst en ik begrijp ze niet goed. Wie kan een uurtje met mij meekijken? Ik woon in Spangen en kan koffie zetten.', 'Hüseyin', 1, 21),
  p('prik-kinderfiets', 'aanbod', 'Gratis kinderfiets af te halen', 'Mijn dochter is te groot geworden voor haar fiets. Het is een roze fiets voor een kind van ongeveer 5 tot 7 jaar, met zijwieltjes erbij. Af te halen in Bospolder.', 'Linda', 2, 14),
  p('prik-wandelmaatje', 'vraag', 'Wie wil samen wandelen op zondag?', 'Ik ben 68 en wandel graag, maar alleen vind ik het saai. Wie loopt op zondagmiddag een rondje met mij langs de Coolhaven?', 'Ineke', 3, 30),
  p('prik-bijles-wiskunde', 'aanbod', 'Ik geef gratis bijles wiskunde', 'Ik studeer wiskunde en wil graag iets doen voor de buurt. Ik help leerlingen van de middelbare school, één middag per week. Stuur me een bericht.', 'Youssef', 4, 28),
  p('prik-kat-voeren', 'vraag', 'Gezocht: iemand om mijn kat te voeren', 'Ik ga over twee weken vijf dagen naar mijn familie. Wie in de buurt van de Mathenesserlaan kan mijn kat eten geven? Ik doe graag iets terug.', 'Nadia', 2, 14),
  p('prik-kinderkleding', 'aanbod', 'Kinderkleding maat 98 tot 110, gratis', 'Twee tassen met schone kinderkleding voor een jongen: broeken, truien en een winterjas. Alles is nog goed. Op te halen in Tussendijken.', 'Khadija', 5, 14),
  p('prik-gordijnen', 'vraag', 'Hulp gezocht bij het ophangen van gordijnen', 'Ik ben net verhuisd naar het Nieuwe Westen. Ik heb gordijnrails, maar geen boormachine en geen ervaring. Wie kan mij helpen? Ik kook een lekkere maaltijd als dank.', 'Agnieszka', 1, 21),
  p('prik-extra-koken', 'aanbod', 'Ik kook graag een keer extra voor een buur', 'Ik kook elke dag voor mijn gezin en maak gemakkelijk een portie meer. Ben je ziek, alleen of heb je het druk? Laat het me weten, dan breng ik een bord eten.', 'Fatima', 6, 30),
  p('prik-brief-gemeente', 'vraag', 'Wie kan mijn brief van de gemeente uitleggen?', 'Ik heb een brief gekregen over mijn bijstand en ik weet niet wat ik moet doen. Het is dringend. Wie spreekt Nederlands en Arabisch en kan even kijken?', 'Abdel', 0, 7),
  p('prik-naaimachine', 'aanbod', 'Naaimachine te leen', 'Ik heb een naaimachine die ik bijna nooit gebruik. Je mag hem een paar weken lenen. Ik laat je ook graag zien hoe hij werkt.', 'Rosa', 8, 30),
  p('prik-taalmaatje', 'vraag', 'Taalmaatje gezocht: ik wil beter Nederlands praten', 'Ik woon twee jaar in Rotterdam en volg les, maar ik wil meer oefenen. Wie wil een keer per week koffie drinken en praten? Ik kan je Pools leren.', 'Tomasz', 4, 30),
  p('prik-stekjes', 'aanbod', 'Stekjes van kamerplanten gratis', 'Mijn planten groeien hard. Ik heb stekjes van de pannenkoekplant, de monstera en de graslelie. Neem een potje mee en kies er een uit.', 'Milan', 9, 21),
  p('prik-boormachine', 'vraag', 'Wie heeft een boormachine te leen?', 'Ik wil een plank ophangen in de kamer van mijn zoon. Wie kan mij zaterdag een boormachine lenen? Ik breng hem dezelfde dag terug.', 'Ricardo', 3, 10),
  p('prik-telefoonhulp', 'aanbod', 'Hulp met je telefoon of tablet', 'Ik werk in de ICT en help graag ouderen met hun telefoon. Bijvoorbeeld met WhatsApp, foto\'s of de app van de bank. Op woensdagavond heb ik tijd.', 'Ravi', 7, 30),
  p('prik-koffie-moeder', 'vraag', 'Wie wil met mijn moeder koffie drinken?', 'Mijn moeder is 82 en woont alleen in Oud-Mathenesse. Ik werk veel en ze is vaak eenzaam. Wie wil af en toe bij haar op de koffie? Ze vertelt prachtige verhalen.', 'Chantal', 5, 30),
  p('prik-kinderboeken', 'aanbod', 'Gratis boeken voor kinderen', 'Een doos met prentenboeken en leesboeken voor kinderen van 4 tot 10 jaar. Ze zijn in goede staat. Af te halen bij de Voorhaven.', 'Marco', 10, 21),
]
