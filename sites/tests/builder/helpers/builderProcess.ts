import { type ChildProcess, spawn } from 'node:child_process'
import { request } from 'node:http'
import { createServer } from 'node:net'
import path from 'node:path'

import { signWebhook } from '@wijk/shared/webhook'

import type { WijkStatus } from '../../../builder/wijkStatus.ts'

const sites = path.resolve(import.meta.dirname, '../../..')

export const WEBHOOK_SECRET = 'whsec_dGVzdC13ZWJob29rLXNlY3JldC1mb3ItYnVpbGRlcg=='

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer; text: string }

const httpGet = (port: number, host: string, pathname: string, options: { method?: string; headers?: Record<string, string> }) =>
  new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', headers: { ...options.headers, Host: `${host}:${port}` } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const body = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The real builder (`node builder/main.ts`) as a child process on a free loopback port, with short
 * retry delays. Its output is kept for failure messages.
 */
export const startBuilder = async (env: { cmsUrl: string; outRoot: string; snapshotToken: string; extra?: Record<string, string> }) => {
  const port = await freePort()
  let output = ''
  const child: ChildProcess = spawn(process.execPath, [path.join(sites, 'builder/main.ts')], {
    cwd: sites,
    env: {
      ...process.env,
      BUILDER_PORT: String(port),
      CMS_URL: env.cmsUrl,
      SNAPSHOT_TOKEN: env.snapshotToken,
      WEBHOOK_SECRET,
      WIJK_OUT_ROOT: env.outRoot,
      BUILDER_RETRY_DELAYS: '0.5,1',
      ...env.extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (output += text))
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (output += text))
  const url = `http://127.0.0.1:${port}`

  const status = async (): Promise<Record<string, WijkStatus>> => ((await (await fetch(`${url}/status`)).json()) as { wijken: Record<string, WijkStatus> }).wijken

  for (let tries = 0; ; tries += 1) {
    try {
      await status()
      break
    } catch {
      if (tries > 100 || child.exitCode !== null) throw new Error(`the builder did not start:\n${output}`)
      await sleep(100)
    }
  }

  let webhookCount = 0
  return {
    url,
    port,
    output: () => output,
    status,
    /** Polls /status until `check` holds for `wijk`. */
    waitFor: async (wijk: string, check: (s: WijkStatus) => boolean, timeoutMs = 60_000): Promise<WijkStatus> => {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const current = (await status())[wijk]
        if (current && check(current)) return current
        await sleep(100)
      }
      throw new Error(`timed out waiting for ${wijk}: ${JSON.stringify((await status())[wijk])}\n${output.slice(-3000)}`)
    },
    /** A webhook as the CMS sends it; `headers` replaces the signed ones (forgeries). */
    sendWebhook: (body: unknown, headers?: Record<string, string>) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body)
      const signed = headers ?? signWebhook(WEBHOOK_SECRET, `msg_test_${process.pid}_${(webhookCount += 1)}`, text)
      return fetch(`${url}/webhook`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...signed }, body: text })
    },
    /** A request through the builder with the Host header a browser would send for `host` (fetch cannot set Host). */
    get: (host: string, pathname: string, options: { method?: string; headers?: Record<string, string> } = {}) => httpGet(port, host, pathname, options),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

export type BuilderProcess = Awaited<ReturnType<typeof startBuilder>>

export const buildRequest = (wijk: string, id: string | number = 1) => ({ wijk, reason: 'publish', collection: 'events', id })
