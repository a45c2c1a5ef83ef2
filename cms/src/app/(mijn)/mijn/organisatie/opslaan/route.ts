import { saveOrganisationRoute } from '../../../../../mijn/organisation/organisationRoutes'

export const POST = saveOrganisationRoute
