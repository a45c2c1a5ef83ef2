import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { roleOf } from './roles'

export const isAdmin: Access = ({ req }) => roleOf(req) === 'admin'

export const isAdminField: FieldAccess = ({ req }) => roleOf(req) === 'admin'

/** For APIs that pass only the request (the jobs queue's run, queue and cancel endpoints). */
export const isAdminRequest = ({ req }: { req: Pick<PayloadRequest, 'user'> }) => roleOf(req) === 'admin'
