import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Every test file gets a throwaway database and media folder before the Payload config is imported.
const dir = mkdtempSync(path.join(tmpdir(), 'wijk-int-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET = 'test-secret'
process.env.SNAPSHOT_TOKEN = 'test-snapshot-token'
process.env.PUBLIC_CMS_URL = 'http://cms.test'
// No build webhooks unless a test file plays the builder (it sets BUILDER_URL to its own server).
process.env.BUILDER_URL = 'off'
process.env.WEBHOOK_SECRET = 'whsec_dGVzdC13ZWJob29rLXNlY3JldC0zMi1ieXRlcy1sb25nIQ=='
// No geocoding (there is no internet) unless a test file plays PDOK (it sets PDOK_LOCATIESERVER_URL to its own server).
process.env.PDOK_LOCATIESERVER_URL = 'off'
