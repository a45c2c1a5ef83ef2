import { describe, expect, it } from 'vitest'

import { page, snapshot } from './helpers/builtSite'

describe('home page', () => {
  it('is Dutch, named after the wijk, with a canonical URL on its domain', () => {
    const doc = page('/')
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('nl')
    expect(doc.querySelector('title')?.textContent).toContain(snapshot.wijk.name)
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(snapshot.wijk.siteUrl)
  })
})
