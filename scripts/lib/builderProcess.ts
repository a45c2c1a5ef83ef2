import { spawn } from 'node:child_process'
import { type IncomingHttpHeaders, type OutgoingHttpHeaders, request } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { builderMainFile, type WijkStatus } from '../../sites/builder/index.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type RequestOptions = { method?: string; headers?: OutgoingHttpHeaders }
type HostAnswer = { status: number; headers: IncomingHttpHeaders; body: Buffer; text: string }

/**
 * A request to the builder on `port` as a browser sends it for http://<host>:<port>/ (fetch cannot set
 * the Host header, node:http can).
 */
export const getThroughHost = (port: number, host: string, pathname: string, { method = 'GET', headers = {} }: RequestOptions = {}) =>
  new Promise<HostAnswer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method, headers: { ...headers, Host: `${host}:${port}` } }, (res) => {
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

/**
 * The real site builder (`node sites/builder/main.ts`) as a child process on `port`, for tests and
 * benchmarks: `env` is added to this process's environment. Resolves once it answers /status; its
 * output is kept for error messages.
 */
export const startBuilderProcess = async ({ port, env }: { port: number; env: Record<string, string> }) => {
  let output = ''
  const child = spawn(process.execPath, [builderMainFile], {
    cwd: root,
    env: { ...process.env, ...env, BUILDER_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.setEncoding('utf8').on('data', (text) => (output += text))
  child.stderr.setEncoding('utf8').on('data', (text) => (output += text))
  const url = `http://127.0.0.1:${port}`

  // With BUILDER_STATUS_TOKEN set the builder answers /status only to that Bearer token.
  const statusToken = env.BUILDER_STATUS_TOKEN ?? process.env.BUILDER_STATUS_TOKEN
  const statusHeaders: Record<string, string> = statusToken ? { Authorization: `Bearer ${statusToken}` } : {}

  /** Each wijk's status. */
  const status = async (): Promise<Record<string, WijkStatus>> =>
    ((await (await fetch(`${url}/status`, { headers: statusHeaders })).json()) as { wijken: Record<string, WijkStatus> }).wijken

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }

  /** Polls /status until `check` holds for `wijk`; throws with the builder's last words otherwise. */
  const waitFor = async (wijk: string, check: (status: WijkStatus) => boolean, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline && child.exitCode === null) {
      const current = (await status().catch((): Record<string, WijkStatus> => ({})))[wijk]
      if (current && check(current)) return current
      await sleep(100)
    }
    const last = (await status().catch((): Record<string, WijkStatus> => ({})))[wijk]
    throw new Error(`timed out waiting for ${wijk}: ${JSON.stringify(last)}\n${output.slice(-3000)}`)
  }

  for (let tries = 0; ; tries += 1) {
    try {
      await status()
      break
    } catch {
      if (tries > 150 || child.exitCode !== null) {
        await stop()
        throw new Error(`the builder did not start:\n${output}`)
      }
      await sleep(100)
    }
  }
  return {
    url,
    port,
    child,
    output: () => output,
    status,
    waitFor,
    get: (host: string, pathname: string, options?: RequestOptions) => getThroughHost(port, host, pathname, options),
    stop,
  }
}
