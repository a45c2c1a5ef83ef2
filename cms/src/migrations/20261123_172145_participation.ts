import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`requests_mail_log\` (
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
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`requests_mail_log_order_idx\` ON \`requests_mail_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`requests_mail_log_parent_id_idx\` ON \`requests_mail_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organisation_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tenant_id\` integer,
  	\`summary\` text,
  	\`user_id\` integer NOT NULL,
  	\`organisation_id\` integer,
  	\`proposed_name\` text,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`rejection_reason\` text,
  	\`decided_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`tenant_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`organisation_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`organisation_claims_tenant_idx\` ON \`organisation_claims\` (\`tenant_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_claims_user_idx\` ON \`organisation_claims\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_claims_organisation_idx\` ON \`organisation_claims\` (\`organisation_id\`);`)
  await db.run(sql`CREATE INDEX \`organisation_claims_status_idx\` ON \`organisation_claims\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`organisation_claims_updated_at_idx\` ON \`organisation_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organisation_claims_created_at_idx\` ON \`organisation_claims\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`consent_at\` text;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`_verified\` integer;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`_verificationtoken\` text;`)
  // Accounts made before e-mail verification existed were made by editors: they stay able to log in.
  await db.run(sql`UPDATE \`users\` SET \`_verified\` = 1;`)
  await db.run(sql`ALTER TABLE \`posts\` ADD \`editor_comment\` text;`)
  await db.run(sql`ALTER TABLE \`requests\` ADD \`consent_version\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`organisation_claims_id\` integer REFERENCES organisation_claims(id);`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_organisation_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`organisation_claims_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`requests_mail_log\`;`)
  await db.run(sql`DROP TABLE \`organisation_claims\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`wijken_id\`) REFERENCES \`wijken\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organisations_id\`) REFERENCES \`organisations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`themes_id\`) REFERENCES \`themes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`requests_id\`) REFERENCES \`requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "wijken_id", "users_id", "organisations_id", "themes_id", "events_id", "articles_id", "posts_id", "requests_id", "media_id") SELECT "id", "order", "parent_id", "path", "wijken_id", "users_id", "organisations_id", "themes_id", "events_id", "articles_id", "posts_id", "requests_id", "media_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`consent_at\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`_verified\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`_verificationtoken\`;`)
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`editor_comment\`;`)
  await db.run(sql`ALTER TABLE \`requests\` DROP COLUMN \`consent_version\`;`)
}
