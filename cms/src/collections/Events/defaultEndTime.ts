import type { CollectionBeforeValidateHook } from 'payload'

const TWO_HOURS = 2 * 60 * 60 * 1000

/** Editors often leave the end empty; the agenda and JSON-LD need one, so assume two hours. */
export const defaultEndTime: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (data?.startsAt && !data.endsAt && !originalDoc?.endsAt) {
    data.endsAt = new Date(new Date(data.startsAt).getTime() + TWO_HOURS).toISOString()
  }
  return data
}
