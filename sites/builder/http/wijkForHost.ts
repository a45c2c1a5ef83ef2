/**
 * Which wijk a request is for, from its Host header: `<slug>.localhost[:port]` for local preview,
 * or the wijk's own domain (the host of `siteUrl` in its last snapshot). Null for any other host.
 */
export const wijkForHost = (host: string | undefined, known: ReadonlySet<string>, byDomain: ReadonlyMap<string, string>): string | null => {
  const hostname = (host ?? '').toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '')
  const local = /^([a-z0-9-]+)\.localhost$/.exec(hostname)?.[1]
  if (local && known.has(local)) return local
  return byDomain.get(hostname) ?? null
}

/** A loopback name: the builder's own address on this machine (no wijk). Chosen by the client, so never proof alone. */
export const isBuilderHost = (host: string | undefined) => /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(host ?? '')
