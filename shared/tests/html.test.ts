import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../src/html'

describe('escapeHtml', () => {
  it('escapes the five characters HTML gives a meaning, in text and in either kind of quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;')
  })

  it('escapes an existing reference again, so text shows exactly what was typed', () => {
    expect(escapeHtml('&amp; &#39;')).toBe('&amp;amp; &amp;#39;')
  })

  it('leaves everything else alone', () => {
    expect(escapeHtml('Café ’t Hoekje: 18:00 – 20:00\nwelkom!')).toBe('Café ’t Hoekje: 18:00 – 20:00\nwelkom!')
  })
})
