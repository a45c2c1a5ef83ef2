import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The shared package ships TypeScript source; Next compiles it like our own code.
  transpilePackages: ['@wijk/shared'],
  poweredByHeader: false,
  // `pnpm test` type-checks the whole workspace first; checking again here only slows the build.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
