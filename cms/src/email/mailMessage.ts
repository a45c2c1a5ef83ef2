import { escapeHtml } from '@wijk/shared/html'

/** A plain Dutch mail: a greeting, short paragraphs and a closing line, as text and as simple HTML. */
export type MailContent = { greeting: string; paragraphs: string[]; closing?: string }

export type RenderedMail = { text: string; html: string }

const CLOSING = 'Met vriendelijke groet,\nHet wijkplatform'

/** Everything a resident typed is escaped; line breaks are kept. No images, no tracking. */
export const renderMail = ({ greeting, paragraphs, closing = CLOSING }: MailContent): RenderedMail => {
  const blocks = [greeting, ...paragraphs, closing]
  const text = `${blocks.join('\n\n')}\n`
  const html = [
    '<!doctype html><html lang="nl"><body style="font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#222">',
    ...blocks.map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`),
    '</body></html>',
  ].join('\n')
  return { text, html }
}
