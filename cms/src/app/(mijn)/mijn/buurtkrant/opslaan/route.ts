import { BUURTKRANT } from '../../../../../mijn/writing/kinds'
import { writingPostHandler } from '../../../../../mijn/writing/writingPostHandler'

/** Every button of the buurtkrant form (see writingPostHandler). */
export const POST = writingPostHandler(BUURTKRANT)
