import type { DateFieldValidation } from 'payload'

/** An activity ends after it starts; a missing end is filled in by a hook. */
export const validateEndAfterStart: DateFieldValidation = (value, { siblingData }) => {
  const start = (siblingData as { startsAt?: string | Date })?.startsAt
  if (!value || !start) return true
  return new Date(value).getTime() > new Date(start).getTime() ? true : 'De eindtijd moet na de begintijd liggen.'
}
