import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/** What the tests read from the builder's GET /status for one wijk. */
export type WijkStatus = {
  state: 'idle' | 'queued' | 'building' | 'failed'
  current: string | null
  pending: boolean
  lastSuccess: { at: string; releaseId: string; seconds: number; pages: number } | null
  lastError: { at: string; message: string } | null
  builds: number
}

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; text: string }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The real site builder (`node sites/builder/main.ts`) on loopback, writing releases into its own
 * temporary out folder under sites/.test-build/ (the same disk as the checkout, so hard links work).
 * `port` must be chosen before the CMS starts: the CMS needs BUILDER_URL, the builder needs CMS_URL.
 */
export const startBuilder = async (options: {
  port: number
  cmsUrl: string
  snapshotToken: string
  webhookSecret: string
  wijken: string[]
}) => {
  const testBuild = path.join(root, 'sites', '.test-build')
  mkdirSync(testBuild, { recursive: true })
  const work = mkdtempSync(path.join(testBuild, 'e2e-builder-'))
  const outRoot = path.join(work, 'out')
  let output = ''
  const child: ChildProcess = spawn(process.execPath, [path.join(root, 'sites/builder/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      // not vitest's `test`: the builder runs Astro's production build, as in `pnpm start`
      NODE_ENV: 'production',
      BUILDER_PORT: String(options.port),
      BUILDER_HOST: '127.0.0.1',
      CMS_URL: options.cmsUrl,
      SNAPSHOT_TOKEN: options.snapshotToken,
      WEBHOOK_SECRET: options.webhookSecret,
      WIJK_OUT_ROOT: outRoot,
      BUILDER_WIJKEN: options.wijken.join(','),
      BUILDER_RETRY_DELAYS: '1,2',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (output += text))
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (output += text))
  const url = `http://127.0.0.1:${options.port}`

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(work, { recursive: true, force: true })
  }

  const status = async (): Promise<Record<string, WijkStatus | undefined>> =>
    ((await (await fetch(`${url}/status`)).json()) as { wijken: Record<string, WijkStatus> }).wijken

  /** Polls /status until `check` holds for `wijk`. */
  const waitFor = async (wijk: string, check: (s: WijkStatus) => boolean, timeoutMs = 60_000): Promise<WijkStatus> => {
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const current = (await status().catch((): Record<string, WijkStatus | undefined> => ({})))[wijk]
      if (current && check(current)) return current
      if (child.exitCode !== null) break
      await sleep(200)
    }
    const last = await status().catch((): Record<string, WijkStatus | undefined> => ({}))
    throw new Error(`timed out waiting for ${wijk}: ${JSON.stringify(last[wijk])}\n${output.slice(-3000)}`)
  }

  /** A request as a browser sends it to http://<host>:<port>/ (fetch cannot set the Host header). */
  const get = (host: string, pathname: string) =>
    new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: options.port, path: pathname, headers: { Host: `${host}:${options.port}` } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', reject)
      })
      req.on('error', reject)
      req.end()
    })

  try {
    for (let tries = 0; ; tries += 1) {
      try {
        await status()
        break
      } catch {
        if (tries > 150 || child.exitCode !== null) throw new Error(`the builder did not start:\n${output}`)
        await sleep(100)
      }
    }
  } catch (error) {
    await stop()
    throw error
  }

  return { url, port: options.port, outRoot, output: () => output, status, waitFor, get, stop }
}

export type BuilderServer = Awaited<ReturnType<typeof startBuilder>>
