import * as migration_20261123_112713_initial from './20261123_112713_initial'
import * as migration_20261123_142603_build_webhook_jobs from './20261123_142603_build_webhook_jobs'
import * as migration_20261123_172145_participation from './20261123_172145_participation'
import * as migration_20261123_174932_mailchimp from './20261123_174932_mailchimp'
import * as migration_20261207_200415_job_leases from './20261207_200415_job_leases'
import * as migration_20261207_201611_media_uploaded_by from './20261207_201611_media_uploaded_by'
import * as migration_20261207_202905_drop_login_lockout from './20261207_202905_drop_login_lockout'
import * as migration_20261208_002205_mijn_buurt from './20261208_002205_mijn_buurt'

export const migrations = [
  {
    up: migration_20261123_112713_initial.up,
    down: migration_20261123_112713_initial.down,
    name: '20261123_112713_initial',
  },
  {
    up: migration_20261123_142603_build_webhook_jobs.up,
    down: migration_20261123_142603_build_webhook_jobs.down,
    name: '20261123_142603_build_webhook_jobs',
  },
  {
    up: migration_20261123_172145_participation.up,
    down: migration_20261123_172145_participation.down,
    name: '20261123_172145_participation',
  },
  {
    up: migration_20261123_174932_mailchimp.up,
    down: migration_20261123_174932_mailchimp.down,
    name: '20261123_174932_mailchimp',
  },
  {
    up: migration_20261207_200415_job_leases.up,
    down: migration_20261207_200415_job_leases.down,
    name: '20261207_200415_job_leases',
  },
  {
    up: migration_20261207_201611_media_uploaded_by.up,
    down: migration_20261207_201611_media_uploaded_by.down,
    name: '20261207_201611_media_uploaded_by',
  },
  {
    up: migration_20261207_202905_drop_login_lockout.up,
    down: migration_20261207_202905_drop_login_lockout.down,
    name: '20261207_202905_drop_login_lockout',
  },
  {
    up: migration_20261208_002205_mijn_buurt.up,
    down: migration_20261208_002205_mijn_buurt.down,
    name: '20261208_002205_mijn_buurt',
  },
]
