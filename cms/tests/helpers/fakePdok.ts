import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** How the fake answers one query: a point (lng, lat), no result, an HTTP error, or no answer at all. */
export type PdokBehaviour = { point: [number, number] } | 'no-docs' | { status: number } | 'hang'

type PdokQuery = { path: string; q: string; rows: string | null; fq: string | null }

/**
 * Plays PDOK's Locatieserver on a loopback port: `GET /free?q=…` answers like the real service
 * (`response.docs[0].centroide_ll` = "POINT(lng lat)"). Every request is recorded. `behaviour`
 * decides the answer per query; change it between tests.
 */
export const startFakePdok = async () => {
  const queries: PdokQuery[] = []
  let behaviour: (q: string) => PdokBehaviour = () => 'no-docs'
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://pdok.test')
    const q = url.searchParams.get('q') ?? ''
    queries.push({ path: url.pathname, q, rows: url.searchParams.get('rows'), fq: url.searchParams.get('fq') })
    const answer = url.pathname === '/free' ? behaviour(q) : { status: 404 }
    if (answer === 'hang') return // never answers; the client's timeout must end it
    if (typeof answer === 'object' && 'status' in answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end('{"message":"fake failure"}')
      return
    }
    const docs = answer === 'no-docs' ? [] : [{ type: 'adres', weergavenaam: q, centroide_ll: `POINT(${answer.point[0]} ${answer.point[1]})` }]
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ response: { numFound: docs.length, start: 0, maxScore: 1, docs } }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    answerWith: (next: (q: string) => PdokBehaviour) => {
      behaviour = next
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

export type FakePdok = Awaited<ReturnType<typeof startFakePdok>>
