import { z } from 'zod'

/** The one e-mail address an export or erasure is about, from the URL (`/api/privacy/:email`). */
const privacyEmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Dit is geen geldig e-mailadres.' }))

export const parsePrivacyEmail = (raw: unknown): { ok: true; email: string } | { ok: false; message: string } => {
  let decoded: unknown = raw
  try {
    decoded = typeof raw === 'string' ? decodeURIComponent(raw) : raw
  } catch {
    return { ok: false, message: 'Dit is geen geldig e-mailadres.' }
  }
  const result = privacyEmailSchema.safeParse(decoded)
  return result.success ? { ok: true, email: result.data } : { ok: false, message: 'Dit is geen geldig e-mailadres.' }
}
