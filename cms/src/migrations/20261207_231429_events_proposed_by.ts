import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // ON DELETE set null as in the schema (drizzle-kit leaves it out of ADD COLUMN): erasing an account keeps the activity.
  await db.run(sql`ALTER TABLE \`events\` ADD \`proposed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`events_proposed_by_idx\` ON \`events\` (\`proposed_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_proposed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_proposed_by_idx\` ON \`_events_v\` (\`version_proposed_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`title\` text,
  	\`slug\` text,
  	\`category\` text,
  	\`organisation_id\` integer,
  	\`summary\` text,
  	\`description\` text,
  	\`image_id\` integer,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`recurrence_rule\` text,
  	\`place_name\` text,
  	\`place_address_street\` text,
  	\`place_address_house_number\` text,
  	\`place_address_postcode\` text,
  	\`place_address_city\` text,
  	\`place_geo\` text,
  	\`price_cents\` numeric,
  	\`price_note\` text,
  	\`online_url\` text,
  	\`how_to_join\` text,
  	\`status\` text DEFAULT 'scheduled',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_events\`("id", "tenant_id", "title", "slug", "category", "organisation_id", "summary", "description", "image_id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "recurrence_rule", "place_name", "place_address_street", "place_address_house_number", "place_address_postcode", "place_address_city", "place_geo", "price_cents", "price_note", "online_url", "how_to_join", "status", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "title", "slug", "category", "organisation_id", "summary", "description", "image_id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "recurrence_rule", "place_name", "place_address_street", "place_address_house_number", "place_address_postcode", "place_address_city", "place_geo", "price_cents", "price_note", "online_url", "how_to_join", "status", "updated_at", "created_at", "_status" FROM \`events\`;`,
  )
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`events_tenant_idx\` ON \`events\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_organisation_idx\` ON \`events\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_category\` text,
  	\`version_organisation_id\` integer,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_image_id\` integer,
  	\`version_starts_at\` text,
  	\`version_startsat_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`version_ends_at\` text,
  	\`version_endsat_tz\` text DEFAULT 'Europe/Amsterdam',
  	\`version_recurrence_rule\` text,
  	\`version_place_name\` text,
  	\`version_place_address_street\` text,
  	\`version_place_address_house_number\` text,
  	\`version_place_address_postcode\` text,
  	\`version_place_address_city\` text,
  	\`version_place_geo\` text,
  	\`version_price_cents\` numeric,
  	\`version_price_note\` text,
  	\`version_online_url\` text,
  	\`version_how_to_join\` text,
  	\`version_status\` text DEFAULT 'scheduled',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_tenant_id", "version_title", "version_slug", "version_category", "version_organisation_id", "version_summary", "version_description", "version_image_id", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_recurrence_rule", "version_place_name", "version_place_address_street", "version_place_address_house_number", "version_place_address_postcode", "version_place_address_city", "version_place_geo", "version_price_cents", "version_price_note", "version_online_url", "version_how_to_join", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_tenant_id", "version_title", "version_slug", "version_category", "version_organisation_id", "version_summary", "version_description", "version_image_id", "version_starts_at", "version_startsat_tz", "version_ends_at", "version_endsat_tz", "version_recurrence_rule", "version_place_name", "version_place_address_street", "version_place_address_house_number", "version_place_address_postcode", "version_place_address_city", "version_place_geo", "version_price_cents", "version_price_note", "version_online_url", "version_how_to_join", "version_status", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_events_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_tenant_idx\` ON \`_events_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_organisation_idx\` ON \`_events_v\` (\`version_organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_image_idx\` ON \`_events_v\` (\`version_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
}
