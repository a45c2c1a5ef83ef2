import { createServer, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

export type SilentSmtp = { url: string; connections: () => number; stop: () => Promise<void> }

/** An SMTP address that accepts the connection and then never answers: a mail to it stays in flight. */
export const startSilentSmtp = async (): Promise<SilentSmtp> => {
  const sockets = new Set<Socket>()
  let connections = 0
  const server = createServer((socket) => {
    connections++
    sockets.add(socket)
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    connections: () => connections,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
