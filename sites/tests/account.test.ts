import { describe, expect, it } from 'vitest'

import { mediaUrl, page, snapshot } from './helpers/builtSite'

// The test build's PUBLIC_CMS_URL is the loopback media host (see globalSetup), so the CMS is there.
const cms = mediaUrl.replace(/\/$/, '')

describe('account pages', () => {
  it('/account/ says what an account is for and links to making one, logging in and "wachtwoord vergeten"', () => {
    const doc = page('/account/')
    const links = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'))
    expect(links).toEqual(expect.arrayContaining(['/account/registreren/', `${cms}/admin`, `${cms}/admin/forgot`]))
    expect(doc.querySelector('h1')?.text).toBe('Je account')
  })

  it('the registration form posts to the CMS as a plain form with exactly the fields the endpoint reads', () => {
    const form = page('/account/registreren/').querySelector('main form')!
    expect(form.getAttribute('method')).toBe('post')
    expect(form.getAttribute('action')).toBe(`${cms}/api/account/registreren`)
    const names = new Set(form.querySelectorAll('input, select').map((el) => el.getAttribute('name')))
    // No password here: the owner of the address chooses it on the CMS's confirmation page (issue 15, finding 9).
    expect([...names].sort()).toEqual(['consent', 'email', 'name', 'newOrganisation', 'organisation', 'role', 'website', 'wijk'].sort())
    expect(form.querySelector('input[name=wijk]')?.getAttribute('value')).toBe(snapshot.wijk.slug)
    expect(form.querySelector('input[name=consent]')?.hasAttribute('required')).toBe(true)
    expect(form.querySelectorAll('input[name=role]').map((r) => r.getAttribute('value'))).toEqual(['resident', 'partner'])
  })

  it('hides the honeypot from people and assistive technology, and labels every other field', () => {
    const form = page('/account/registreren/').querySelector('main form')!
    const honeypot = form.querySelector('input[name=website]')!
    expect(honeypot.getAttribute('tabindex')).toBe('-1')
    expect(honeypot.parentNode?.getAttribute('aria-hidden')).toBe('true')
    for (const field of form.querySelectorAll('input:not([type=hidden]):not([type=radio]), select')) {
      const id = field.getAttribute('id')
      expect(id, field.toString()).toBeTruthy()
      expect(form.querySelector(`label[for="${id}"]`), id).not.toBeNull()
    }
  })

  it('lets a partner choose any organisation of the wijk, A–Z', () => {
    const options = page('/account/registreren/')
      .querySelectorAll('select[name=organisation] option')
      .map((o) => o.getAttribute('value'))
    const expected = [...snapshot.organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((o) => o.slug)
    expect(options).toEqual(['', ...expected])
  })

  it('the pages after the form are for one person only: noindex', () => {
    for (const path of ['/account/bijna-klaar/', '/account/klaar/']) {
      expect(page(path).querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex')
    }
    expect(
      page('/account/klaar/')
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href')),
    ).toContain(`${cms}/admin`)
  })

  it('every page links to the account page from its footer', () => {
    for (const path of ['/', '/agenda/', '/privacy/']) {
      expect(
        page(path)
          .querySelectorAll('footer a')
          .map((a) => a.getAttribute('href')),
      ).toContain('/account/')
    }
  })
})
