import { summaryOf } from './planReconcile'
import type { ReconcileResult } from './reconcileNetwork'

/** The reconcile's printed report: one line per change, then the summary ("3 toegevoegd, 1 bijgewerkt, 2 gearchiveerd"). */
export const reportReconcile = (wijk: string, result: ReconcileResult, dryRun: boolean): { text: string; ok: boolean } => {
  const { plan, done, failed } = result
  const lines = [
    ...plan.add.map((member) => `+ ${member.email} (${member.mergeFields.ORG}; ${member.tags.join(', ')})`),
    ...plan.update.map(
      ({ member, removeTags }) =>
        `~ ${member.email} (${member.mergeFields.ORG}; ${member.tags.join(', ')}${removeTags.length ? `; weg: ${removeTags.join(', ')}` : ''})`,
    ),
    ...plan.archive.map((email) => `- ${email}`),
    ...failed.map(({ email, error }) => `! ${email}: ${error}`),
  ]
  const counts = dryRun ? { add: plan.add.length, update: plan.update.length, archive: plan.archive.length } : done
  const summary = dryRun
    ? `Plan voor ${wijk} (niets gewijzigd): ${summaryOf(counts)}`
    : `Netwerk ${wijk}: ${summaryOf(counts)}${failed.length ? `, ${failed.length} mislukt` : ''}`
  return { text: [...lines, summary, ''].join('\n'), ok: failed.length === 0 }
}
