import { escapeHtml } from '@wijk/shared/html'

export type MailContent = { subject: string; text: string; html: string }

export type MailPart = string | { link: string; label: string }

/**
 * A short account mail as plain text and simple HTML from the same parts: paragraphs and at most a
 * button-like link. Plain text first, because many residents read mail on a basic phone.
 */
export const accountMail = (subject: string, parts: MailPart[]): MailContent => {
  const text = parts.map((part) => (typeof part === 'string' ? part : `${part.label}:\n${part.link}`)).join('\n\n')
  const html = parts
    .map((part) =>
      typeof part === 'string'
        ? `<p>${escapeHtml(part)}</p>`
        : `<p><a href="${escapeHtml(part.link)}" style="display:inline-block;padding:12px 20px;background:#1f4e79;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(part.label)}</a></p><p style="font-size:14px">Werkt de knop niet? Kopieer dan deze link: ${escapeHtml(part.link)}</p>`,
    )
    .join('\n')
  return { subject, text, html: `<!doctype html><html lang="nl"><body style="font-family:sans-serif;font-size:17px;line-height:1.5">${html}</body></html>` }
}
