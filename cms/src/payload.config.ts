import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { isAdminRequest } from './access/isAdmin'
import { authTranslations } from './accounts/authTranslations'
import { accountEndpoints } from './accounts/endpoints'
import { roleOf } from './access/roles'
import { flushWaitingRequestMails } from './requests/requestOutbox'
import { requestsEndpoint } from './requests/requestsEndpoint'
import { Articles } from './collections/Articles'
import { Events } from './collections/Events'
import { Media } from './collections/Media'
import { OrganisationClaims } from './collections/OrganisationClaims'
import { Organisations } from './collections/Organisations'
import { Posts } from './collections/Posts'
import { Requests } from './collections/Requests'
import { SignInLinks } from './collections/SignInLinks'
import { Themes } from './collections/Themes'
import { Users } from './collections/Users'
import { Wijken } from './collections/Wijken'
import { databaseAdapter } from './db/databaseAdapter'
import { emailAdapter } from './email/emailAdapter'
import { sendMailTask } from './email/sendMailTask'
import { runPendingMigrations } from './db/runPendingMigrations'
import { installSqliteTransactions } from './db/sqliteTransactions'
import { publicCmsUrl, secret } from './env'
import { refuseUnsafeSecrets } from './refuseUnsafeSecrets'
import { privacyEndpoints } from './privacy/privacyEndpoints'
import { runRetention } from './privacy/retention/runRetention'
import { stopJobRunnerOnDestroy } from './jobs/jobRunner'
import { registerSweepWork } from './jobs/jobSweep'
import { Leases } from './jobs/Leases'
import { mailchimpStartupWarning } from './mailchimp/mailchimpSettings'
import { mailchimpWriteTask } from './mailchimp/mailchimpWriteTask'
import { networkSyncTask } from './mailchimp/network/networkSyncTask'
import { catchUpWaitingSignups } from './newsletter/catchUpWaitingSignups'
import { newsletterEndpoint } from './newsletter/newsletterEndpoint'
import { NewsletterSignups } from './collections/NewsletterSignups'
import { installAfterCommit } from './jobs/afterCommit'
import { withBuildWebhook } from './webhook/contentWebhookHooks'
import { deliverBuildWebhookTask } from './webhook/deliverTask'
import { jobsCollection } from './jobs/jobsCollection'
import { withMediaBuildWebhook } from './webhook/mediaWebhookHooks'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Before anything else: production never runs on missing, demo or weak secrets.
refuseUnsafeSecrets()

const TENANT_SCOPED = ['themes', 'organisations', 'events', 'articles', 'posts', 'requests', 'media', 'organisation-claims', 'newsletter-signups'] as const

export default buildConfig({
  serverURL: publicCmsUrl(),
  secret: secret('PAYLOAD_SECRET'),
  db: databaseAdapter(),
  email: emailAdapter(),
  editor: lexicalEditor(),
  sharp,
  telemetry: false,
  // Everything a site shows sends a build webhook when its public version changes.
  collections: [
    Wijken,
    Users,
    withBuildWebhook('organisations', Organisations),
    withBuildWebhook('themes', Themes),
    withBuildWebhook('events', Events),
    withBuildWebhook('articles', Articles),
    withBuildWebhook('posts', Posts),
    Requests,
    withMediaBuildWebhook(Media),
    OrganisationClaims,
    NewsletterSignups,
    Leases,
    SignInLinks,
  ],
  endpoints: [requestsEndpoint, newsletterEndpoint, ...accountEndpoints, ...privacyEndpoints],
  jobs: {
    tasks: [deliverBuildWebhookTask(), sendMailTask(), mailchimpWriteTask(), networkSyncTask()],
    // Delivered jobs stay: they are the delivery record the wijk's edit view shows.
    deleteJobOnComplete: false,
    jobsCollectionOverrides: jobsCollection,
    access: { queue: isAdminRequest, run: isAdminRequest, cancel: isAdminRequest },
  },
  admin: {
    user: Users.slug,
    // Gravatar would send editors' e-mail hashes to a third party and fails offline.
    avatar: 'default',
    meta: { titleSuffix: ' · Wijkplatform' },
    // Dutch order and a 24-hour clock (the default reads "november 23e 2026, 2:53 PM").
    dateFormat: 'd MMMM yyyy, HH:mm',
    importMap: { baseDir: dirname },
    components: {
      // The redactie's privacy tool (AVG): export or erase everything about one e-mail address.
      views: { privacy: { Component: '/components/Privacy/PrivacyView#PrivacyView', path: '/privacy', exact: true } },
      afterNavLinks: ['/components/Privacy/PrivacyNavLink#PrivacyNavLink'],
      beforeDashboard: ['/components/Dashboard/WriterWelcome#WriterWelcome'],
    },
    timezones: {
      defaultTimezone: 'Europe/Amsterdam',
      supportedTimezones: [{ label: 'Amsterdam', value: 'Europe/Amsterdam' }],
    },
  },
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl', translations: authTranslations },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  upload: { limits: { fileSize: 10_000_000 } },
  onInit: async (payload) => {
    installSqliteTransactions(payload)
    await runPendingMigrations(payload)
    installAfterCommit(payload)
    // Jobs queued here run right after their commit; the sweep (retries, crash recovery) runs in the server only.
    stopJobRunnerOnDestroy(payload)
    registerSweepWork(payload, {
      // Aanvragen whose mails a crash left unqueued get them now (before the mail queue runs).
      everySweep: [{ run: flushWaitingRequestMails, failed: 'Queueing the waiting aanvraag mails failed; the next sweep tries again' }],
      // AVG: old finished jobs and aanvragen go (the sweep then removes ended job claims).
      retention: [runRetention],
    })
    const mailchimpWarning = mailchimpStartupWarning()
    if (mailchimpWarning) payload.logger.warn(mailchimpWarning)
    // Signups stored while the server had no key get the confirmation mail they were promised.
    await catchUpWaitingSignups(payload)
  },
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
