import type { Payload } from 'payload'

import type { User, Wijken } from '../../payload-types'

/** The signed-in resident and the wijk whose site they are on (core's getMijnSession). */
export type Who = { payload: Payload; user: User; wijk: Wijken }
