import { withdrawActivityRoute } from '../../../../../../mijn/activities/activityRoutes'

export const POST = withdrawActivityRoute
