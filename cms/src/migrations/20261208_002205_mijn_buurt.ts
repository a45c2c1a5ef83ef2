import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Mijn buurt (issue 16) in one migration: sign-in links, prikbord reactions, residents' proposals
 * (events.proposedBy), withdrawn and incomplete concepts, review fields and the redactie's mail choice.
 * drizzle-kit drops ON DELETE from SQLite's ALTER TABLE ADD; the schema says `set null` for the user
 * references, so the privacy tool can still delete an account that proposed or submitted something.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`post_reactions_mail_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`to\` text,
  	\`purpose\` text,
  	\`state\` text,
  	\`attempts\` numeric,
  	\`last_error\` text,
  	\`sent_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`post_reactions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`post_reactions_mail_log_order_idx\` ON \`post_reactions_mail_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`post_reactions_mail_log_parent_id_idx\` ON \`post_reactions_mail_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`post_reactions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`post_id\` integer,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`message\` text NOT NULL,
  	\`answer\` text,
  	\`answered_at\` text,
  	\`consent_at\` text NOT NULL,
  	\`consent_version\` text NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`post_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`post_reactions_tenant_idx\` ON \`post_reactions\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`post_reactions_post_idx\` ON \`post_reactions\` (\`post_id\`);`)
  await db.run(sql`CREATE INDEX \`post_reactions_email_idx\` ON \`post_reactions\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`post_reactions_updated_at_idx\` ON \`post_reactions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`post_reactions_created_at_idx\` ON \`post_reactions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sign_in_links\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`token_hash\` text NOT NULL,
  	\`user_id\` integer,
  	\`wijk_id\` integer,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`wijk_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`sign_in_links_token_hash_idx\` ON \`sign_in_links\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_links_user_idx\` ON \`sign_in_links\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_links_wijk_idx\` ON \`sign_in_links\` (\`wijk_id\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_links_expires_at_idx\` ON \`sign_in_links\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_links_updated_at_idx\` ON \`sign_in_links\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sign_in_links_created_at_idx\` ON \`sign_in_links\` (\`created_at\`);`)
  // The copy names only the columns posts had before: drizzle-kit listed the two new review columns too.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`kind\` text,
  	\`title\` text,
  	\`body\` text,
  	\`image_id\` integer,
  	\`author_name\` text,
  	\`author_id\` integer,
  	\`expires_at\` text NOT NULL,
  	\`closed\` integer DEFAULT false,
  	\`published_at\` text,
  	\`editorial_status\` text DEFAULT 'draft' NOT NULL,
  	\`editor_comment\` text,
  	\`rejection_reason\` text,
  	\`submitted_at\` text,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_posts\`("id", "tenant_id", "kind", "title", "body", "image_id", "author_name", "author_id", "expires_at", "closed", "published_at", "editorial_status", "editor_comment", "rejection_reason", "updated_at", "created_at") SELECT "id", "tenant_id", "kind", "title", "body", "image_id", "author_name", "author_id", "expires_at", "closed", "published_at", "editorial_status", "editor_comment", "rejection_reason", "updated_at", "created_at" FROM \`posts\`;`,
  )
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`posts_tenant_idx\` ON \`posts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_image_idx\` ON \`posts\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_author_idx\` ON \`posts\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_editorial_status_idx\` ON \`posts\` (\`editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`posts_submitted_at_idx\` ON \`posts\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_decided_at_idx\` ON \`posts\` (\`decided_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`submission_mail\` text DEFAULT 'each';`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`submission_digest_sent_on\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`organisations\` ADD \`submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`organisations_submitted_at_idx\` ON \`organisations\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_decided_at_idx\` ON \`organisations\` (\`decided_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_submitted_by_idx\` ON \`organisations\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`_organisations_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_submitted_at_idx\` ON \`_organisations_v\` (\`version_submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_decided_at_idx\` ON \`_organisations_v\` (\`version_decided_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_submitted_by_idx\` ON \`_organisations_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`proposed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`events_proposed_by_idx\` ON \`events\` (\`proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`events_submitted_at_idx\` ON \`events\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`events_decided_at_idx\` ON \`events\` (\`decided_at\`);`)
  await db.run(sql`CREATE INDEX \`events_submitted_by_idx\` ON \`events\` (\`submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_proposed_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_decided_at\` text;`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_submitted_by_id\` integer REFERENCES users(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_proposed_by_idx\` ON \`_events_v\` (\`version_proposed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_submitted_at_idx\` ON \`_events_v\` (\`version_submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_decided_at_idx\` ON \`_events_v\` (\`version_decided_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_submitted_by_idx\` ON \`_events_v\` (\`version_submitted_by_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`decided_at\` text;`)
  await db.run(sql`CREATE INDEX \`articles_submitted_at_idx\` ON \`articles\` (\`submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_decided_at_idx\` ON \`articles\` (\`decided_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_decided_at\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_submitted_at_idx\` ON \`_articles_v\` (\`version_submitted_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_decided_at_idx\` ON \`_articles_v\` (\`version_decided_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`post_reactions_id\` integer REFERENCES post_reactions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sign_in_links_id\` integer REFERENCES sign_in_links(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_post_reactions_id_idx\` ON \`payload_locked_documents_rels\` (\`post_reactions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sign_in_links_id_idx\` ON \`payload_locked_documents_rels\` (\`sign_in_links_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`post_reactions_mail_log\`;`)
  await db.run(sql`DROP TABLE \`post_reactions\`;`)
  await db.run(sql`DROP TABLE \`sign_in_links\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_organisations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`name\` text,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'organisatie',
  	\`summary\` text,
  	\`description\` text,
  	\`logo_id\` integer,
  	\`contact_person_name\` text,
  	\`contact_person_role\` text,
  	\`contact_person_photo_id\` integer,
  	\`address_street\` text,
  	\`address_house_number\` text,
  	\`address_postcode\` text,
  	\`address_city\` text,
  	\`geo\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_website\` text,
  	\`contact_whatsapp\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`contact_person_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_organisations\`("id", "tenant_id", "name", "slug", "kind", "summary", "description", "logo_id", "contact_person_name", "contact_person_role", "contact_person_photo_id", "address_street", "address_house_number", "address_postcode", "address_city", "geo", "contact_email", "contact_phone", "contact_website", "contact_whatsapp", "updated_at", "created_at", "_status") SELECT "id", "tenant_id", "name", "slug", "kind", "summary", "description", "logo_id", "contact_person_name", "contact_person_role", "contact_person_photo_id", "address_street", "address_house_number", "address_postcode", "address_city", "geo", "contact_email", "contact_phone", "contact_website", "contact_whatsapp", "updated_at", "created_at", "_status" FROM \`organisations\`;`,
  )
  await db.run(sql`DROP TABLE \`organisations\`;`)
  await db.run(sql`ALTER TABLE \`__new_organisations\` RENAME TO \`organisations\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`organisations_tenant_idx\` ON \`organisations\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_slug_idx\` ON \`organisations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organisations_logo_idx\` ON \`organisations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_contact_person_contact_person_photo_idx\` ON \`organisations\` (\`contact_person_photo_id\`);`)
  await db.run(sql`CREATE INDEX \`organisations_updated_at_idx\` ON \`organisations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations_created_at_idx\` ON \`organisations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organisations__status_idx\` ON \`organisations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__organisations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_tenant_id\` integer,
  	\`version_name\` text,
  	\`version_slug\` text,
  	\`version_kind\` text DEFAULT 'organisatie',
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_logo_id\` integer,
  	\`version_contact_person_name\` text,
  	\`version_contact_person_role\` text,
  	\`version_contact_person_photo_id\` integer,
  	\`version_address_street\` text,
  	\`version_address_house_number\` text,
  	\`version_address_postcode\` text,
  	\`version_address_city\` text,
  	\`version_geo\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_website\` text,
  	\`version_contact_whatsapp\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_tenant_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_contact_person_photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__organisations_v\`("id", "parent_id", "version_tenant_id", "version_name", "version_slug", "version_kind", "version_summary", "version_description", "version_logo_id", "version_contact_person_name", "version_contact_person_role", "version_contact_person_photo_id", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_geo", "version_contact_email", "version_contact_phone", "version_contact_website", "version_contact_whatsapp", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_tenant_id", "version_name", "version_slug", "version_kind", "version_summary", "version_description", "version_logo_id", "version_contact_person_name", "version_contact_person_role", "version_contact_person_photo_id", "version_address_street", "version_address_house_number", "version_address_postcode", "version_address_city", "version_geo", "version_contact_email", "version_contact_phone", "version_contact_website", "version_contact_whatsapp", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_organisations_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_organisations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__organisations_v\` RENAME TO \`_organisations_v\`;`)
  await db.run(sql`CREATE INDEX \`_organisations_v_parent_idx\` ON \`_organisations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_tenant_idx\` ON \`_organisations_v\` (\`version_tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_slug_idx\` ON \`_organisations_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_logo_idx\` ON \`_organisations_v\` (\`version_logo_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_organisations_v_version_contact_person_version_contact__idx\` ON \`_organisations_v\` (\`version_contact_person_photo_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_updated_at_idx\` ON \`_organisations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version_created_at_idx\` ON \`_organisations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_version_version__status_idx\` ON \`_organisations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_created_at_idx\` ON \`_organisations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_updated_at_idx\` ON \`_organisations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organisations_v_latest_idx\` ON \`_organisations_v\` (\`latest\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`wijken_id\` integer,
  	\`users_id\` integer,
  	\`organisations_id\` integer,
  	\`themes_id\` integer,
  	\`events_id\` integer,
  	\`articles_id\` integer,
  	\`posts_id\` integer,
  	\`requests_id\` integer,
  	\`media_id\` integer,
  	\`organisation_claims_id\` integer,
  	\`newsletter_signups_id\` integer,
  	\`leases_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wijken_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requests_id\`) REFERENCES \`requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisation_claims_id\`) REFERENCES \`organisation_claims\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`newsletter_signups_id\`) REFERENCES \`newsletter_signups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`leases_id\`) REFERENCES \`leases\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "wijken_id", "users_id", "organisations_id", "themes_id", "events_id", "articles_id", "posts_id", "requests_id", "media_id", "organisation_claims_id", "newsletter_signups_id", "leases_id") SELECT "id", "order", "parent_id", "path", "wijken_id", "users_id", "organisations_id", "themes_id", "events_id", "articles_id", "posts_id", "requests_id", "media_id", "organisation_claims_id", "newsletter_signups_id", "leases_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wijken_id_idx\` ON \`payload_locked_documents_rels\` (\`wijken_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organisations_id_idx\` ON \`payload_locked_documents_rels\` (\`organisations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_themes_id_idx\` ON \`payload_locked_documents_rels\` (\`themes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_organisation_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`organisation_claims_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_newsletter_signups_id_idx\` ON \`payload_locked_documents_rels\` (\`newsletter_signups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_leases_id_idx\` ON \`payload_locked_documents_rels\` (\`leases_id\`);`)
  await db.run(sql`DROP INDEX \`articles_submitted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`articles_decided_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`decided_at\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_submitted_at_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_decided_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_submitted_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_decided_at\`;`)
  await db.run(sql`CREATE TABLE \`__new_posts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`kind\` text NOT NULL,
  	\`title\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`image_id\` integer,
  	\`author_name\` text NOT NULL,
  	\`author_id\` integer,
  	\`expires_at\` text NOT NULL,
  	\`closed\` integer DEFAULT false,
  	\`published_at\` text,
  	\`editorial_status\` text DEFAULT 'draft' NOT NULL,
  	\`editor_comment\` text,
  	\`rejection_reason\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_posts\`("id", "tenant_id", "kind", "title", "body", "image_id", "author_name", "author_id", "expires_at", "closed", "published_at", "editorial_status", "editor_comment", "rejection_reason", "updated_at", "created_at") SELECT "id", "tenant_id", "kind", "title", "body", "image_id", "author_name", "author_id", "expires_at", "closed", "published_at", "editorial_status", "editor_comment", "rejection_reason", "updated_at", "created_at" FROM \`posts\`;`,
  )
  await db.run(sql`DROP TABLE \`posts\`;`)
  await db.run(sql`ALTER TABLE \`__new_posts\` RENAME TO \`posts\`;`)
  await db.run(sql`CREATE INDEX \`posts_tenant_idx\` ON \`posts\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_image_idx\` ON \`posts\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_author_idx\` ON \`posts\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`posts_editorial_status_idx\` ON \`posts\` (\`editorial_status\`);`)
  await db.run(sql`CREATE INDEX \`posts_updated_at_idx\` ON \`posts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_created_at_idx\` ON \`posts\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`submission_mail\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`submission_digest_sent_on\`;`)
}
