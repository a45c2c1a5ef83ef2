import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type WijkSnapshot, wijkSnapshotSchema } from '@wijk/shared/snapshot'

import { BuildError } from '../buildError.ts'

/** How long the CMS may take to assemble a snapshot (a big wijk takes a second or two). */
const FETCH_TIMEOUT_MS = 60_000

const request = async (url: URL, token: string): Promise<Response> => {
  try {
    return await fetch(url, { headers: { Authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) })
  } catch (error) {
    throw new BuildError(`Het CMS (${url.origin}) is niet bereikbaar: ${(error as Error).message}`)
  }
}

const parseSnapshot = (wijk: string, text: string): WijkSnapshot => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    throw new BuildError(`De snapshot van ${wijk} is geen geldige JSON.`)
  }
  const result = wijkSnapshotSchema.safeParse(json)
  if (!result.success) {
    const first = result.error.issues[0]
    throw new BuildError(`De snapshot van ${wijk} klopt niet: ${first?.path.join('.') || '(geheel)'}: ${first?.message ?? 'ongeldig'}`)
  }
  if (result.data.wijk.slug !== wijk) throw new BuildError(`Het CMS stuurde de snapshot van "${result.data.wijk.slug}" in plaats van "${wijk}".`)
  return result.data
}

/**
 * GET <cms>/api/wijken/<slug>/snapshot (Bearer SNAPSHOT_TOKEN), validated against the shared schema
 * and written to a temporary file for the build. A 404 means the wijk does not exist (any more):
 * retrying cannot help, so that error is marked final.
 */
export const fetchSnapshot = async (cmsUrl: string, token: string, wijk: string): Promise<{ file: string; snapshot: WijkSnapshot }> => {
  const response = await request(new URL(`/api/wijken/${encodeURIComponent(wijk)}/snapshot`, cmsUrl), token)
  const text = await response.text()
  if (response.status === 404) throw new BuildError(`Het CMS kent geen wijk "${wijk}".`, { final: true })
  if (!response.ok) throw new BuildError(`Het CMS gaf ${response.status} op de snapshot van ${wijk}: ${text.slice(0, 200)}`)
  const snapshot = parseSnapshot(wijk, text)
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'wijk-snapshot-')), `${wijk}.json`)
  writeFileSync(file, text)
  return { file, snapshot }
}
