import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The shared package ships TypeScript source; Next compiles it like our own code.
  transpilePackages: ['@wijk/shared'],
  poweredByHeader: false,
  // `pnpm test` type-checks the whole workspace first; checking again here only slows the build.
  typescript: { ignoreBuildErrors: true },
  // Mijn buurt (the (mijn) route group): never framed, never cached, no address of it sent elsewhere.
  async headers() {
    const mijn = [
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'" },
      { key: 'Referrer-Policy', value: 'same-origin' },
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Cache-Control', value: 'no-store' },
    ]
    return [
      { source: '/mijn', headers: mijn },
      { source: '/mijn/:path*', headers: mijn },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
