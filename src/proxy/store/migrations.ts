// Migrations use only the dialect-neutral schema builder, so SQLite and Postgres run the same ones.
import { Migrator, sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Dialect } from './db';

const migrations: Record<string, Migration> = {
  '001_escalations': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('escalations')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('issue_type', 'varchar(32)', (c) => c.notNull())
        .addColumn('mode', 'varchar(16)', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('product', 'text')
        .addColumn('organization', 'text')
        .addColumn('request_json', 'text', (c) => c.notNull())
        .addColumn('channel_intent', 'varchar(80)')
        .addColumn('channel_id', 'varchar(32)')
        .addColumn('channel_name', 'varchar(80)')
        .addColumn('channel_url', 'text')
        .addColumn('thread_ts', 'varchar(32)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('last_activity_at', 'varchar(32)')
        .addColumn('latest_update_json', 'text')
        .addColumn('summary_json', 'text')
        .execute();
      await db.schema.createIndex('escalations_state').on('escalations').column('state').execute();

      await db.schema
        .createTable('escalation_tickets')
        .addColumn('ticket_id', 'bigint', (c) => c.primaryKey())
        .addColumn('escalation_id', 'varchar(64)', (c) => c.notNull().references('escalations.id').onDelete('cascade'))
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('linked_by', 'text')
        .addColumn('linked_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('escalation_tickets_escalation').on('escalation_tickets').column('escalation_id').execute();

      await db.schema
        .createTable('steps')
        .addColumn('escalation_id', 'varchar(64)', (c) => c.notNull().references('escalations.id').onDelete('cascade'))
        .addColumn('key', 'varchar(64)', (c) => c.notNull())
        .addColumn('name', 'varchar(32)', (c) => c.notNull())
        .addColumn('ticket_id', 'bigint')
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_error', 'text')
        .addColumn('result_json', 'text')
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('steps_pk', ['escalation_id', 'key'])
        .execute();

      await db.schema
        .createTable('jobs')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('kind', 'varchar(32)', (c) => c.notNull())
        .addColumn('payload_json', 'text', (c) => c.notNull())
        .addColumn('state', 'varchar(16)', (c) => c.notNull())
        .addColumn('run_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('locked_by', 'varchar(64)')
        .addColumn('locked_until', 'varchar(32)')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('max_attempts', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_at']).execute();

      await db.schema
        .createTable('inbound_events')
        .addColumn('id', 'varchar(128)', (c) => c.primaryKey())
        .addColumn('source', 'varchar(16)', (c) => c.notNull())
        .addColumn('received_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['inbound_events', 'jobs', 'steps', 'escalation_tickets', 'escalations']) await db.schema.dropTable(t).execute();
    },
  },
  // Closing the loop (issue 4): reminders, ticket statuses from the Zendesk webhook, summaries with history.
  '002_loop': {
    async up(db: Kysely<unknown>) {
      // SQLite adds one column per ALTER TABLE.
      for (const col of ['active_since', 'last_reminder_at', 'summary_requested_at']) {
        await db.schema.alterTable('escalations').addColumn(col, 'varchar(32)').execute();
      }
      await db.schema.alterTable('escalations').addColumn('summary_draft_json', 'text').execute();
      await db.schema.alterTable('escalation_tickets').addColumn('status', 'varchar(16)').execute();
      await db.schema.alterTable('escalation_tickets').addColumn('status_at', 'varchar(32)').execute();
      await db.schema.createIndex('escalations_channel').on('escalations').column('channel_id').execute();

      await db.schema
        .createTable('summaries')
        .addColumn('id', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('escalation_id', 'varchar(64)', (c) => c.notNull().references('escalations.id').onDelete('cascade'))
        .addColumn('summary_json', 'text', (c) => c.notNull())
        .addColumn('source', 'varchar(16)', (c) => c.notNull())
        .addColumn('author', 'varchar(64)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('summaries_escalation').on('summaries').columns(['escalation_id', 'created_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('summaries').execute();
      await db.schema.dropIndex('escalations_channel').execute();
      for (const col of ['status_at', 'status']) await db.schema.alterTable('escalation_tickets').dropColumn(col).execute();
      for (const col of ['summary_draft_json', 'summary_requested_at', 'last_reminder_at', 'active_since']) await db.schema.alterTable('escalations').dropColumn(col).execute();
    },
  },
  // One lifecycle (issue 9): every state change is a compare-and-set on this version.
  '003_escalation_version': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('escalations').addColumn('version', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('escalations').dropColumn('version').execute();
    },
  },
  // The board (issue 11): the escalation's Jira issue and its last known status; a short claim on a
  // step, so two attempts of one step (a lease taken over from a hung instance) never both create.
  '004_board': {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('escalations').addColumn('board_key', 'varchar(64)').execute();
      await db.schema.alterTable('escalations').addColumn('board_url', 'text').execute();
      await db.schema.alterTable('escalations').addColumn('board_status', 'varchar(64)').execute();
      await db.schema.alterTable('escalations').addColumn('board_status_at', 'varchar(32)').execute();
      await db.schema.alterTable('steps').addColumn('claimed_until', 'varchar(32)').execute();
      await db.schema.createIndex('escalations_board_key').on('escalations').column('board_key').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('escalations_board_key').execute();
      await db.schema.alterTable('steps').dropColumn('claimed_until').execute();
      for (const col of ['board_status_at', 'board_status', 'board_url', 'board_key']) await db.schema.alterTable('escalations').dropColumn(col).execute();
    },
  },
  // One update for every affected customer (issue 11). Each ticket's send is a `customer_update` step
  // (steps table, key customer_update:<update id>:<ticket id>); this holds the text the agent approved.
  '005_customer_updates': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('customer_updates')
        .addColumn('id', 'varchar(32)', (c) => c.primaryKey())
        .addColumn('escalation_id', 'varchar(64)', (c) => c.notNull().references('escalations.id').onDelete('cascade'))
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('set_status', 'varchar(16)')
        .addColumn('sent_by', 'text')
        .addColumn('idempotency_key', 'varchar(128)')
        .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('customer_updates_escalation').on('customer_updates').columns(['escalation_id', 'created_at']).execute();
      // A retried POST with the same key cannot store a second update, even when two race.
      await db.schema.createIndex('customer_updates_idempotency').on('customer_updates').columns(['escalation_id', 'idempotency_key']).unique().execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('customer_updates').execute();
    },
  },
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/**
 * On Postgres, Kysely decides whether its migration tables exist by listing the tables of EVERY schema
 * in the database: one left in another schema (another tenant, a test's leftover) made it skip creating
 * its own and then fail with 'relation "kysely_migration_lock" does not exist'. Naming the schema the
 * connection works in (its search_path) keeps it to its own.
 */
async function migrator(db: Kysely<unknown>, dialect: Dialect): Promise<Migrator> {
  if (dialect !== 'postgres') return new Migrator({ db, provider });
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema ?? undefined;
  return new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
}

/** Brings the schema up to date; Kysely's migration lock makes concurrent starts on Postgres safe. */
export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const { error, results } = await (await migrator(db, dialect)).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${(error as Error).message ?? String(error)}`, { cause: error });
  }
}

/** Names of the migrations this code has that the database has not run (doctor). */
export async function pendingMigrations(db: Kysely<unknown>, dialect: Dialect): Promise<string[]> {
  const all = await (await migrator(db, dialect)).getMigrations();
  return all.filter((m) => m.executedAt === undefined).map((m) => m.name);
}
