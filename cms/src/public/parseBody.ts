import { readBody } from './readBody'

/** The body could not be read as the form or JSON object it claims to be. */
export class UnreadableBodyError extends Error {
  constructor(readonly status: 400 | 415) {
    super('unreadable body')
  }
}

export type ParsedBody = { fields: Record<string, unknown>; files: Record<string, File>; isForm: boolean }

const FORM = 'application/x-www-form-urlencoded'
const MULTIPART = 'multipart/form-data'

/** Repeated form keys keep their last value: our forms never send a list. */
const fromFormData = (form: FormData): ParsedBody => {
  const fields: Record<string, unknown> = {}
  const files: Record<string, File> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string') fields[key] = value
    else if (value.size > 0) files[key] = value
  }
  return { fields, files, isForm: true }
}

/**
 * A plain HTML form (urlencoded or multipart, for a photo) or a JSON object. Anything else,
 * malformed JSON or a JSON value that is not an object is refused before validation.
 */
export const parseBody = async (request: Request, maxBytes: number): Promise<ParsedBody> => {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  const body = await readBody(request, maxBytes)
  if (type === FORM) {
    return { fields: Object.fromEntries(new URLSearchParams(new TextDecoder().decode(body))), files: {}, isForm: true }
  }
  if (type === MULTIPART) {
    const copy = new Request('http://local/', { method: 'POST', headers: { 'content-type': request.headers.get('content-type')! }, body })
    return fromFormData(await copy.formData().catch(() => Promise.reject(new UnreadableBodyError(400))))
  }
  if (type === 'application/json' || type.endsWith('+json')) {
    let value: unknown
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body))
    } catch {
      throw new UnreadableBodyError(400)
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new UnreadableBodyError(400)
    return { fields: value as Record<string, unknown>, files: {}, isForm: false }
  }
  throw new UnreadableBodyError(415)
}
