import { submitActivityRoute } from '../../../../../../mijn/activities/activityRoutes'

export const POST = submitActivityRoute
