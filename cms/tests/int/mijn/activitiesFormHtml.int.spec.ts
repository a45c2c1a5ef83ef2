import { describe, expect, it } from 'vitest'

import { activityFormHtml } from '../../../src/mijn/activities/activityFormHtml'
import { emptyActivityValues } from '../../../src/mijn/activities/activityValues'
import { organisationFormHtml } from '../../../src/mijn/organisation/organisationFormHtml'

/** The forms as HTML text: what was typed comes back escaped, each message sits at its field and in the list on top. */
describe('the activity and organisation forms as HTML', () => {
  const hostile = '"><script>alert(1)</script>'

  it('escapes every value and message, keeps what was typed and links each message to its field', () => {
    const html = activityFormHtml({
      action: '/mijn/activiteit/nieuw/opslaan',
      values: { ...emptyActivityValues(), title: hostile, description: `</textarea>${hostile}`, repeat: 'weekly', category: 'cultuur' },
      errors: { summary: 'Vertel in één zin wat mensen kunnen verwachten.', title: hostile },
      message: 'Kijk het na.',
      who: 'resident',
    })
    expect(html).not.toContain('<script>')
    expect(html).not.toMatch(/<\/textarea>&|<\/textarea><\/textarea>/)
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"')
    expect(html).toContain('<a href="#summary">In één zin: Vertel in één zin wat mensen kunnen verwachten.</a>')
    expect(html).toMatch(/<textarea id="summary" name="summary" aria-describedby="summary-fout" aria-invalid="true"/)
    expect(html).toMatch(/value="weekly" checked/)
    expect(html).toMatch(/<option value="cultuur" selected>/)
    // The three buttons of every Mijn buurt writing form, the main one first.
    expect([...html.matchAll(/name="actie" value="(\w+)"/g)].map((m) => m[1])).toEqual(['indienen', 'voorbeeld', 'concept'])
    expect(html).toContain('enctype="multipart/form-data"')
  })

  it('offers a rule the redactie set as a third choice, so a save does not lose it', () => {
    const html = activityFormHtml({ action: '/x', values: { ...emptyActivityValues(), repeat: 'keep' }, who: 'partner', keptRule: 'FREQ=MONTHLY;BYDAY=1TH' })
    expect(html).toMatch(/value="keep" checked><label for="repeat-2">Zoals de redactie het instelde: elke eerste donderdag van de maand<\/label>/)
  })

  it('the organisation form keeps name and kind out and escapes the name', () => {
    const html = organisationFormHtml({ name: hostile, values: { summary: 'Zin.' } })
    expect(html).not.toContain('<script>')
    expect(html).not.toMatch(/name="(name|kind|themes|slug|tenant)"/)
    expect(html).toContain('action="/mijn/organisatie/opslaan"')
  })
})
