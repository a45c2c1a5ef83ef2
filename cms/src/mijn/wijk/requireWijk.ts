import { notFound } from 'next/navigation'
import type { Payload } from 'payload'

import type { Wijken } from '../../payload-types'
import { mijnPayload } from '../session/getMijnSession'
import { wijkForRequest } from './wijkForRequest'

/** For a page that needs no sign-in (the sign-in pages): the wijk of the host, or a 404. */
export const requireWijk = async (headers: Headers): Promise<{ payload: Payload; wijk: Wijken }> => {
  const payload = await mijnPayload()
  const wijk = await wijkForRequest(payload, headers)
  if (!wijk) notFound()
  return { payload, wijk }
}
