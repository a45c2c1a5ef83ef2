/** Real Delfshaven streets (made-up house numbers), their area, postcode digits and a point near their middle. */
import type { Box, Street } from './places'
import type { SeedAddress } from './types'

export const DELFSHAVEN_BOX: Box = { minLat: 51.9005, maxLat: 51.9245, minLng: 4.4255, maxLng: 4.4595 }

const S = (name: string, area: string, postcode: number, lat: number, lng: number): Street => ({ name, area, postcode, lat, lng })

const DELFSHAVEN_STREETS: Street[] = [
  S('Schiedamseweg', 'Bospolder', 3025, 51.911, 4.4405),
  S('Mathenesserlaan', 'Middelland', 3021, 51.9145, 4.4565),
  S('1e Middellandstraat', 'Middelland', 3021, 51.916, 4.458),
  S('Nieuwe Binnenweg', 'Middelland', 3021, 51.913, 4.4575),
  S('Beukelsdijk', 'het Nieuwe Westen', 3022, 51.9205, 4.451),
  S('Vierambachtsstraat', 'het Nieuwe Westen', 3022, 51.9175, 4.4465),
  S('Spanjaardstraat', 'Bospolder', 3025, 51.9095, 4.4375),
  S('Grote Visserijstraat', 'Tussendijken', 3026, 51.913, 4.444),
  S('Aelbrechtskade', 'Tussendijken', 3023, 51.9145, 4.4425),
  S('Heemraadssingel', 'het Nieuwe Westen', 3022, 51.9165, 4.453),
  S('Heemraadsplein', 'Middelland', 3021, 51.915, 4.4555),
  S('Bellevoysstraat', 'Spangen', 3027, 51.92, 4.4385),
  S('Gijsingstraat', 'Spangen', 3027, 51.919, 4.436),
  S('Spangesekade', 'Spangen', 3027, 51.9198, 4.4335),
  S('Lage Erfbrug', 'Spangen', 3027, 51.918, 4.441),
  S('Mathenesserdijk', 'Oud-Mathenesse', 3026, 51.915, 4.432),
  S('Mathenesserweg', 'Oud-Mathenesse', 3026, 51.9135, 4.4295),
  S('Marconiplein', 'Oud-Mathenesse', 3025, 51.912, 4.431),
  S('Voorhaven', 'Historisch Delfshaven', 3024, 51.9075, 4.4478),
  S('Aelbrechtskolk', 'Historisch Delfshaven', 3024, 51.908, 4.4465),
  S('Piet Heynsplein', 'Historisch Delfshaven', 3024, 51.9078, 4.4492),
  S('Schans', 'Historisch Delfshaven', 3024, 51.9068, 4.4455),
  S('Coolhaven', 'Historisch Delfshaven', 3024, 51.9062, 4.4545),
  S('Pieter de Hoochweg', 'Historisch Delfshaven', 3024, 51.9085, 4.4525),
  S('Taandwarsstraat', 'Bospolder', 3025, 51.909, 4.443),
  S('Puntegaalstraat', 'Bospolder', 3024, 51.9085, 4.4405),
  S('Hudsonstraat', 'Bospolder', 3025, 51.91, 4.434),
  S('Vierhavensstraat', 'Bospolder', 3029, 51.9075, 4.433),
  S('Schiehaven', 'Schiemond', 3024, 51.904, 4.4445),
  S('Hooidrift', 'het Nieuwe Westen', 3023, 51.9158, 4.4485),
  S('Bilderdijkstraat', 'het Nieuwe Westen', 3023, 51.9168, 4.4498),
  S('Claes de Vrieselaan', 'Middelland', 3021, 51.914, 4.459),
]

export const DELFSHAVEN_STREET_MAP: ReadonlyMap<string, Street> = new Map(DELFSHAVEN_STREETS.map((s) => [s.name, s]))

const A = (street: string, houseNumber: string, postcode: string): SeedAddress => ({ street, houseNumber, postcode, city: 'Rotterdam' })

/** Public places where activities happen away from the host organisation. */
export const DELFSHAVEN_PLACES = {
  dakpark: { name: 'Dakpark, bij de speeltuin', address: A('Vierhavensstraat', '56', '3029 BE') },
  park1943: { name: 'Park 1943, grasveld bij de ingang', address: A('Spangesekade', '2', '3027 GA') },
  heemraadsplein: { name: 'Heemraadsplein, bij de bankjes', address: A('Heemraadsplein', '1', '3021 BM') },
  gijsingstraat: { name: 'Gijsingstraat, afgesloten voor verkeer', address: A('Gijsingstraat', '20', '3027 CH') },
  grotevisserij: { name: 'Grote Visserijstraat, bij de plantenbakken', address: A('Grote Visserijstraat', '45', '3026 CD') },
  voorhaven: { name: 'Kade van de Voorhaven', address: A('Voorhaven', '12', '3024 RM') },
  coolhaven: { name: 'Coolhaven, bij de trap naar het water', address: A('Coolhaven', '80', '3024 AK') },
} as const
