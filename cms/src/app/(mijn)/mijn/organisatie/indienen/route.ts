import { submitOrganisationRoute } from '../../../../../mijn/organisation/organisationRoutes'

export const POST = submitOrganisationRoute
