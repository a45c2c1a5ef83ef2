/**
 * Issue 15, finding 12 (login): ten wrong passwords locked any account for 10 minutes, so anyone who
 * knew an editor's address could lock them out at will. Now failed logins are counted per (address,
 * client): that pair is throttled, the account is never locked; a looser count per address only stops
 * clients that already guessed wrong, so the owner logging in from elsewhere still gets in.
 * Through Payload's REST handler (POST /api/users/login, the admin's login form), each client as
 * cms/server.ts names it in x-wijk-client-ip.
 */
import { handleEndpoints, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOGIN_LIMITS } from '../../../src/collections/Users/loginThrottle'
import { createActor } from '../../helpers/actors'
import { startPayloadWorld } from '../../helpers/payload'
import { TEST_PASSWORD } from '../../helpers/restApi'
import type { World } from '../../helpers/world'

let payload: Payload
let world: World

beforeAll(async () => ({ payload, world } = await startPayloadWorld()))
afterAll(async () => payload?.destroy())

const login = async (email: string, password: string, client: string) => {
  const request = new Request('http://cms.test/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-wijk-client-ip': client },
    body: JSON.stringify({ email, password }),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  const body = (await response.json()) as { token?: string; errors?: { message: string }[] }
  return { status: response.status, token: body.token, message: body.errors?.[0]?.message ?? '', retryAfter: response.headers.get('retry-after') }
}

const newEditor = () => createActor(payload, 'editor', [world.wijkA.id])

describe('POST /api/users/login: throttled per address and client, never locked', () => {
  it('ten wrong passwords from client X do not lock the account: the right password from client Y gets in', async () => {
    const editor = await newEditor()
    for (let i = 0; i < 10; i++) await login(editor.email, `fout-${i}`, '203.0.113.10')
    const owner = await login(editor.email, TEST_PASSWORD, '198.51.100.10')
    expect(owner.status).toBe(200)
    expect(owner.token).toBeTruthy()
  })

  it('client X is throttled with a Dutch message, even with the right password, after the allowed failures', async () => {
    const editor = await newEditor()
    const statuses: number[] = []
    for (let i = 0; i < LOGIN_LIMITS.perClient.max + 2; i++) statuses.push((await login(editor.email, `fout-${i}`, '203.0.113.11')).status)
    expect(statuses).toEqual([...Array(LOGIN_LIMITS.perClient.max).fill(401), 429, 429])
    const throttled = await login(editor.email, TEST_PASSWORD, '203.0.113.11')
    expect(throttled.status).toBe(429)
    expect(throttled.message).toMatch(/Te vaak een verkeerd wachtwoord/)
    expect(throttled.token).toBeUndefined()
    expect(Number(throttled.retryAfter)).toBeGreaterThan(0)
    // Another address from the same client is not affected (the pair is throttled, not the client).
    const other = await newEditor()
    expect((await login(other.email, TEST_PASSWORD, '203.0.113.11')).status).toBe(200)
  })

  it('a successful login clears that client’s failures', async () => {
    const editor = await newEditor()
    const client = '203.0.113.12'
    for (let i = 0; i < LOGIN_LIMITS.perClient.max - 1; i++) await login(editor.email, 'fout', client)
    expect((await login(editor.email, TEST_PASSWORD, client)).status).toBe(200)
    for (let i = 0; i < LOGIN_LIMITS.perClient.max - 1; i++) expect((await login(editor.email, 'fout', client)).status).toBe(401)
    expect((await login(editor.email, TEST_PASSWORD, client)).status).toBe(200)
  })

  it('many clients guessing one address: past the per-address cap a client that guessed wrong is stopped at once, a fresh client still gets in', async () => {
    const editor = await newEditor()
    const perClient = LOGIN_LIMITS.perClient.max
    // Each client stays one failure under its own limit; together they pass the address's cap.
    const clients = Math.ceil((LOGIN_LIMITS.perAddress.max + 1) / (perClient - 1))
    for (let c = 0; c < clients; c++) for (let i = 0; i < perClient - 1; i++) await login(editor.email, 'fout', `192.0.2.${c}`)
    const guesser = await login(editor.email, 'fout', '192.0.2.0')
    expect(guesser.status).toBe(429)
    expect(guesser.message).toMatch(/Te vaak een verkeerd wachtwoord/)
    expect((await login(editor.email, TEST_PASSWORD, '198.51.100.99')).status).toBe(200)
  })
})
