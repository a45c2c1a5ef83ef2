import { PRIKBORD } from '../../../../../mijn/writing/kinds'
import { writingPostHandler } from '../../../../../mijn/writing/writingPostHandler'

/** Every button of the prikbord form (see writingPostHandler). */
export const POST = writingPostHandler(PRIKBORD)
