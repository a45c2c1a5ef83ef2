import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../access/roles'
import { renderMail } from '../email/mailMessage'
import { queueMail } from '../email/queueMail'
import { editorsToMail } from './editorsToMail'
import { adminUrlOf, type ReviewCollection, titleOf } from './reviewKinds'
import { submissionMail } from './submissionMails'

/**
 * When something is handed to the redactie (its `submittedAt` is new), every editor of its wijk who
 * chose "Bij elk stuk een mail" gets one plain Dutch mail with a link to it. Queued in the same
 * transaction as the save (mail jobs queue, retried), so a save that rolls back mails nobody.
 * Editors who chose the daily mail hear of it in the digest (submissionDigest.ts); the one who
 * submitted it is not mailed about their own submission.
 */
export const notifyRedactie =
  (collection: ReviewCollection): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    // A person submitted it: server code that stores submitted work (the demo seed, an import) mails nobody.
    if (!req.user || !doc.submittedAt || doc.submittedAt === previousDoc?.submittedAt) return doc
    const wijkId = idOf(doc.tenant)
    if (wijkId === undefined) return doc
    const [wijk, editors] = await Promise.all([
      req.payload.findByID({ collection: 'wijken', id: wijkId, depth: 0, overrideAccess: true, disableErrors: true, req }),
      editorsToMail(req.payload, 'each', { wijkId, req }),
    ])
    const who = (doc.authorName as string | undefined) || ((req.user as { name?: string } | null)?.name ?? '')
    for (const editor of editors) {
      if (String(editor.id) === String(req.user?.id)) continue
      const { subject, ...content } = submissionMail(editor.name, {
        collection,
        title: titleOf(doc),
        who,
        wijkName: wijk?.name ?? 'je wijk',
        adminUrl: adminUrlOf(collection, doc.id),
      })
      await queueMail(req, { to: editor.email, subject, ...renderMail(content) })
    }
    return doc
  }
