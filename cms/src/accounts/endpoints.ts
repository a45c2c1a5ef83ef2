import { registerEndpoint } from './registerEndpoint'
import { verifyEndpoint } from './verifyEndpoint'

/** /api/account/…: registering on a wijk site and the link in the verification mail. */
export const accountEndpoints = [registerEndpoint, verifyEndpoint]
