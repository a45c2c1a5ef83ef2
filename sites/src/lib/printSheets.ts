import type { EventCategory } from '@wijk/shared/snapshot'

import { getAgendaItems } from './events'
import { once } from './once'
import { paths } from './paths'
import { type PrintSheet, printSheets } from './printAgenda'

/** The print sheets of this build, worked out once (the sheets, the index and the agenda's links share them). */
export const getPrintSheets: () => Promise<readonly PrintSheet[]> = once(async () => printSheets(await getAgendaItems()))

/** Where the agenda's print link goes: a category's own sheet when it has one, else the choice of sheets. */
export const printPathFor = async (category: EventCategory | null): Promise<string> =>
  (category ? (await getPrintSheets()).find((sheet) => sheet.category === category && sheet.week === null)?.path : undefined) ?? paths.agendaPrint()
