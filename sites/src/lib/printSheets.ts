import { getAgendaItems } from './events'
import { once } from './once'
import { type PrintSheet, printSheets } from './printAgenda'

/** The print sheets of this build, worked out once (the sheets, the index and the agenda's links share them). */
export const getPrintSheets: () => Promise<readonly PrintSheet[]> = once(async () => printSheets(await getAgendaItems()))
