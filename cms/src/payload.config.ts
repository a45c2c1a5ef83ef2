import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { roleOf } from './access/roles'
import { Articles } from './collections/Articles'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { Organisations } from './collections/Organisations'
import { Posts } from './collections/Posts'
import { Requests } from './collections/Requests'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { Wijken } from './collections/Wijken'
import { databaseAdapter } from './db/databaseAdapter'
import { runPendingMigrations } from './db/runPendingMigrations'
import { publicCmsUrl, secret } from './env'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const TENANT_SCOPED = ['themes', 'organisations', 'events', 'articles', 'posts', 'requests', 'media'] as const

export default buildConfig({
  serverURL: publicCmsUrl(),
  secret: secret('PAYLOAD_SECRET'),
  db: databaseAdapter(),
  editor: lexicalEditor(),
  sharp,
  telemetry: false,
  collections: [Wijken, Users, Organisations, Themes, Events, Articles, Posts, Requests, Media],
  admin: {
    user: Users.slug,
    // Gravatar would send editors' e-mail hashes to a third party and fails offline.
    avatar: 'default',
    meta: { titleSuffix: ' · Wijkplatform' },
    importMap: { baseDir: dirname },
    timezones: {
      defaultTimezone: 'Europe/Amsterdam',
      supportedTimezones: [{ label: 'Amsterdam', value: 'Europe/Amsterdam' }],
    },
  },
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl' },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  upload: { limits: { fileSize: 10_000_000 } },
  onInit: runPendingMigrations,
  plugins: [
    multiTenantPlugin({
      tenantsSlug: 'wijken',
      tenantSelectorLabel: 'Wijk',
      tenantField: { name: 'tenant', admin: { description: 'De wijk waar dit bij hoort.' } },
      collections: Object.fromEntries(TENANT_SCOPED.map((slug) => [slug, {}])),
      userHasAccessToAllTenants: (user) => roleOf({ user } as never) === 'admin',
      tenantsArrayField: {
        includeDefaultField: true,
        arrayFieldAccess: {
          create: ({ req }) => ['admin', 'editor'].includes(roleOf(req) ?? ''),
          update: ({ req }) => ['admin', 'editor'].includes(roleOf(req) ?? ''),
        },
      },
    }),
  ],
})
