// autocannon ships no types: the part scripts/benchRequests.ts uses.
declare module 'autocannon' {
  type Request = {
    setupRequest?: (request: object, context: { email?: string }) => object
    onResponse?: (status: number, body: string, context: { email?: string }) => void
  }
  type Options = { url: string; method?: string; connections?: number; duration?: number; headers?: Record<string, string>; requests?: Request[] }
  type Result = {
    requests: { average: number; total: number }
    latency: { p50: number; p99: number; max: number }
    '2xx': number
    non2xx: number
    errors: number
  }
  const autocannon: (options: Options) => Promise<Result>
  export default autocannon
}
