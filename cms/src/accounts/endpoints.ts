import { confirmEndpoint } from './confirmEndpoint'
import { registerEndpoint } from './registerEndpoint'
import { verifyEndpoint } from './verifyEndpoint'

/** /api/account/…: registering on a wijk site, the page the verification mail's link opens, and its button. */
export const accountEndpoints = [registerEndpoint, verifyEndpoint, confirmEndpoint]
