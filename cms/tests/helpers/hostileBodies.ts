/**
 * A small seeded generator of malformed and hostile request bodies for the public endpoints' fuzz
 * test. Every case is meant to be refused: each one breaks the body's format or at least one
 * rule of the endpoint's schema, and may add hostile noise (markup, odd unicode, pollution keys)
 * on top. Seeded, so a failing case can be reproduced from its index.
 */

export type FuzzBody = { label: string; contentType: string | null; body: BodyInit | null }

export type FuzzTarget = {
  /** A body the endpoint accepts; cases are made by breaking it. */
  valid: () => Record<string, unknown>
  /** Fields the schema requires (removing or emptying one is always refused). */
  required: string[]
  /** Text fields with their maximum length. */
  maxLengths: Record<string, number>
  /** Fields with a fixed set of values, or a strict pattern (e-mail, slug, checkbox). */
  strict: string[]
}

/** mulberry32: tiny, fast, good enough to pick cases. */
const seededRandom = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

type Random = () => number
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!

const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE requests; --",
  '{"$gt": ""}',
  '\u202Egnp.exe', // right-to-left override
  'Fa\u200Btima\u200D\uFEFF', // zero-width characters
  'مرحبا بالجيران', // Arabic, RTL
  '👩‍👩‍👧‍👦🏳️‍🌈🔥'.repeat(20),
  'a\u0000b', // NUL
  '\uD800', // a lone surrogate
  'Z̷̡̛a̸͔̓l̵̰̈g̶̣͝o̷̪̍',
  '../../../../etc/passwd',
  '${7*7}{{7*7}}',
  ' ',
  '\n\r\t',
  '%00%0d%0a',
]

// Not `true`: a ticked checkbox may arrive as JSON true.
const WRONG_TYPES: unknown[] = [42, -1, 1e308, false, null, [], ['a', 'b'], {}, { nested: { deeper: { deepest: ['x'] } } }, [[[[[]]]]]]

const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype']

/** Some of the endpoint's own fields get hostile values; unknown and pollution keys are added. */
const addNoise = (random: Random, body: Record<string, unknown>, target: FuzzTarget): string[] => {
  const notes: string[] = []
  const fields = Object.keys(target.valid())
  for (let n = Math.floor(random() * 4); n > 0; n -= 1) {
    const choice = random()
    if (choice < 0.5) {
      const field = pick(random, fields)
      body[field] = pick(random, HOSTILE_STRINGS)
      notes.push(`${field}=hostile`)
    } else if (choice < 0.75) {
      const key = pick(random, POLLUTION_KEYS)
      body[key] = { consent: true, isAdmin: true, role: 'admin', polluted: 'yes' }
      notes.push(`${key} key`)
    } else {
      body[pick(random, ['role', 'isAdmin', 'id', 'tenant', '_status', 'editorialStatus', 'extra'])] = pick(random, ['admin', true, 1, 'published'])
      notes.push('unknown key')
    }
  }
  return notes
}

/** One change that the schema must refuse. `json`: whether non-string values survive the format. */
const breakBody = (random: Random, body: Record<string, unknown>, target: FuzzTarget, json: boolean): string => {
  const choice = random()
  const required = pick(random, target.required)
  if (choice < 0.2) {
    delete body[required]
    return `${required} missing`
  }
  if (choice < 0.35) {
    body[required] = pick(random, ['', '   ', '\n\t'])
    return `${required} empty`
  }
  const [longField, max] = pick(random, Object.entries(target.maxLengths))
  if (choice < 0.5) {
    body[longField] = pick(random, ['x', 'é', '😀 ', '<b>'])!.repeat(max + 1 + Math.floor(random() * 5000))
    return `${longField} too long`
  }
  if (choice < 0.7) {
    const strict = pick(random, target.strict)
    body[strict] = pick(
      random,
      HOSTILE_STRINGS.filter((s) => s.trim()),
    )
    return `${strict} hostile`
  }
  if (!json) {
    delete body[required]
    return `${required} missing (form)`
  }
  body[required] = pick(random, WRONG_TYPES)
  return `${required} wrong type`
}

const asForm = (body: Record<string, unknown>) => {
  const form = new URLSearchParams()
  for (const [key, value] of Object.entries(body)) form.append(key, typeof value === 'string' ? value : JSON.stringify(value))
  return form
}

const asMultipart = (body: Record<string, unknown>) => {
  const form = new FormData()
  for (const [key, value] of Object.entries(body)) form.append(key, typeof value === 'string' ? value : JSON.stringify(value))
  return form
}

/** Bodies that are not the JSON object or form they claim to be (or claim nothing). */
const malformed = (random: Random, valid: Record<string, unknown>): FuzzBody => {
  const json = JSON.stringify(valid)
  const cases: FuzzBody[] = [
    { label: 'truncated JSON', contentType: 'application/json', body: json.slice(0, Math.max(1, Math.floor(random() * json.length))) },
    { label: 'JSON array', contentType: 'application/json', body: JSON.stringify([valid]) },
    { label: 'JSON null', contentType: 'application/json', body: 'null' },
    { label: 'JSON string', contentType: 'application/json', body: JSON.stringify(json) },
    { label: 'JSON number', contentType: 'application/json', body: '12' },
    { label: 'empty JSON body', contentType: 'application/json', body: '' },
    { label: 'not UTF-8', contentType: 'application/json', body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
    { label: 'text/plain', contentType: 'text/plain', body: json },
    { label: 'no content type', contentType: null, body: json },
    { label: 'xml', contentType: 'application/xml', body: `<aanvraag><name>${String(valid.name)}</name></aanvraag>` },
    { label: 'huge JSON', contentType: 'application/json', body: JSON.stringify({ ...valid, name: 'x'.repeat(50_000 + Math.floor(random() * 200_000)) }) },
    { label: 'deeply nested JSON', contentType: 'application/json', body: `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}` },
    { label: 'broken multipart', contentType: 'multipart/form-data; boundary=xyz', body: '--xyz\r\nContent-Disposition: form-data; name="name"\r\n\r\nFatima' },
    { label: 'multipart without boundary', contentType: 'multipart/form-data', body: 'name=Fatima' },
  ]
  return pick(random, cases)
}

/** `count` cases for one target, the same ones for the same seed. */
export const hostileBodies = (target: FuzzTarget, count: number, seed: number): FuzzBody[] => {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, index) => {
    const format = random()
    if (format < 0.2) return malformed(random, target.valid())
    const body = target.valid()
    const noise = addNoise(random, body, target)
    const json = format < 0.7
    const broken = breakBody(random, body, target, json)
    const label = `#${index} ${json ? 'json' : format < 0.9 ? 'form' : 'multipart'}: ${[broken, ...noise].join(', ')}`
    if (json) return { label, contentType: 'application/json', body: JSON.stringify(body) }
    if (format < 0.9) return { label, contentType: 'application/x-www-form-urlencoded', body: asForm(body).toString() }
    return { label, contentType: null, body: asMultipart(body) } // fetch sets the boundary
  })
}
