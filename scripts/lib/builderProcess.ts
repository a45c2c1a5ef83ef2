import { spawn } from 'node:child_process'
import { request } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A request to the builder on `port` as a browser sends it for http://<host>:<port>/ (fetch cannot set
 * the Host header, node:http can).
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, body: Buffer, text: string }>}
 */
export const getThroughHost = (port, host, pathname, { method = 'GET', headers = {} } = {}) =>
  new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathname, method, headers: { ...headers, Host: `${host}:${port}` } }, (res) => {
      const chunks = []
      res.on('data', (chunk) => chunks.push(chunk))
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
 * @param {{ port: number, env: Record<string, string> }} options
 */
export const startBuilderProcess = async ({ port, env }) => {
  let output = ''
  const child = spawn(process.execPath, [path.join(root, 'sites/builder/main.ts')], {
    cwd: root,
    env: { ...process.env, ...env, BUILDER_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.setEncoding('utf8').on('data', (text) => (output += text))
  child.stderr.setEncoding('utf8').on('data', (text) => (output += text))
  const url = `http://127.0.0.1:${port}`

  // With BUILDER_STATUS_TOKEN set the builder answers /status only to that Bearer token.
  const statusToken = env.BUILDER_STATUS_TOKEN ?? process.env.BUILDER_STATUS_TOKEN
  const statusHeaders = statusToken ? { Authorization: `Bearer ${statusToken}` } : {}

  /** @returns {Promise<Record<string, any>>} each wijk's status */
  const status = async () => (await (await fetch(`${url}/status`, { headers: statusHeaders })).json()).wijken

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }

  /** Polls /status until `check` holds for `wijk`; throws with the builder's last words otherwise. */
  const waitFor = async (wijk, check, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline && child.exitCode === null) {
      const current = (await status().catch(() => ({})))[wijk]
      if (current && check(current)) return current
      await sleep(100)
    }
    const last = (await status().catch(() => ({})))[wijk]
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
  return { url, port, child, output: () => output, status, waitFor, get: (host, pathname, options) => getThroughHost(port, host, pathname, options), stop }
}
