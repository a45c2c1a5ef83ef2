/**
 * The client's address for rate limiting: the first `x-forwarded-for` entry. The CMS must run
 * behind a reverse proxy that sets (overwrites) this header; without one a client could send its
 * own and slip past the per-IP limit. Requests without it share one bucket.
 */
export const clientIp = (headers: Headers): string => {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim()
  return first || headers.get('x-real-ip')?.trim() || 'direct'
}
