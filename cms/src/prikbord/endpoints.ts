import { answerEndpoint } from './answerEndpoint'
import { answerPageEndpoint } from './answerPage'
import { closeEndpoint } from './closeEndpoint'
import { reactEndpoint } from './reactEndpoint'

/** /api/prikbord/…: reacting to a post from the wijk site, and the poster's answer page with its two buttons. */
export const prikbordEndpoints = [reactEndpoint, answerPageEndpoint, answerEndpoint, closeEndpoint]
