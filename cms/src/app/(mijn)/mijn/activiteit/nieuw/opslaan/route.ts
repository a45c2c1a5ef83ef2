import { saveActivityRoute } from '../../../../../../mijn/activities/activityRoutes'

export const POST = saveActivityRoute
