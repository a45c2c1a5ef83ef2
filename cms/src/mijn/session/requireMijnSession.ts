import { notFound, redirect } from 'next/navigation'

import { wijkForRequest } from '../wijk/wijkForRequest'
import { getMijnSession, type MijnSession, mijnPayload } from './getMijnSession'
import { SIGN_IN_PATH } from './paths'

/** For a page: the session, or a redirect to the sign-in page (a 404 on a host that is no wijk). */
export const requireMijnSession = async (headers: Headers): Promise<MijnSession> => {
  const session = await getMijnSession(headers)
  if (session) return session
  if (!(await wijkForRequest(await mijnPayload(), headers))) notFound()
  redirect(SIGN_IN_PATH)
}
