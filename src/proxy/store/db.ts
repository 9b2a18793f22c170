// One Kysely over either SQLite (a file, the default) or Postgres (a postgres:// URL): the rest of the
// proxy sees only Store and never asks which, except the job claim (SKIP LOCKED is Postgres-only).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Transaction } from 'kysely';
import pg from 'pg';
import { migrateToLatest } from './migrations';
import type { Database } from './tables';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** True while the store answers a trivial query (for /readyz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

// int8 (ticket ids) as numbers instead of pg's default strings; ids stay far below 2^53.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export interface StoreOptions {
  searchPath?: string;
  poolSize?: number;
  /** Names the connections in pg_stat_activity (tests find their own by it). */
  applicationName?: string;
  /**
   * Told when Postgres drops a connection (restart, failover, pooler or idle timeout). The pool
   * replaces the connection on the next query; without a listener pg's 'error' event would kill the process.
   */
  onConnectionError?: (e: Error) => void;
  /** false: open without migrating (doctor reports what is missing instead). */
  migrate?: boolean;
}

/** How long a query waits for a connection before failing: a database that is away must not hang requests. */
const CONNECT_TIMEOUT_MS = 5000;
const PING_TIMEOUT_MS = 2000;

export async function openStore(url: string, opts: StoreOptions = {}): Promise<Store> {
  let db: Kysely<Database>;
  let dialect: Dialect;
  if (isPostgresUrl(url)) {
    dialect = 'postgres';
    const pool = new pg.Pool({
      connectionString: url,
      max: opts.poolSize ?? 10,
      types: pgTypes,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: opts.applicationName ?? 'escalation-proxy',
      // A test schema (or a tenant's) without touching the URL.
      ...(opts.searchPath ? { options: `-c search_path=${opts.searchPath}` } : {}),
    });
    const onError = (e: Error) => opts.onConnectionError?.(e);
    // Idle clients report through the pool, checked-out ones through themselves: both must be heard.
    pool.on('error', onError);
    pool.on('connect', (client) => client.on('error', onError));
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  } else {
    dialect = 'sqlite';
    if (url !== ':memory:') mkdirSync(dirname(url), { recursive: true });
    const sqlite = new SqliteDatabase(url);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  }
  try {
    // doctor opens without migrating: it reports what is missing instead.
    if (opts.migrate !== false) await migrateToLatest(db as unknown as Kysely<unknown>, dialect);
  } catch (e) {
    await db.destroy();
    throw e;
  }
  return {
    db,
    dialect,
    async ping() {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
      const answer = sql`select 1`.execute(db).then(() => true, () => false);
      const ok = await Promise.race([answer, late]);
      clearTimeout(timer);
      return ok;
    },
    close: () => db.destroy(),
  };
}

// Kysely prepares every query afresh; preparing costs more than running our small queries, and the
// same few SQL strings recur, so prepared statements are kept (bounded). Statements run synchronously
// one at a time on this connection, so sharing one is safe.
function withStatementCache(sqlite: SqliteDatabase.Database, max = 500) {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = cache.get(sql);
      if (!stmt) {
        if (cache.size >= max) cache.clear();
        stmt = sqlite.prepare(sql);
        cache.set(sql, stmt);
      }
      return stmt;
    },
  };
}

/** The database is away (refused, dropped, terminated, starting up): the request may be tried again later. */
export function isStoreUnavailable(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown } | null;
  const code = typeof err?.code === 'string' ? err.code : '';
  // 08xxx connection exceptions, 57P01-03 admin shutdown / crash / cannot connect now.
  if (/^08|^57P0[1-3]$/.test(code) || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'SQLITE_BUSY'].includes(code)) return true;
  const message = typeof err?.message === 'string' ? err.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(message);
}

/** Another writer changed the escalation since it was read: the transaction runs again on fresh data. */
export class VersionConflict extends Error {
  constructor(escalationId: string) {
    super(`escalation ${escalationId} changed while this decision was made`);
    this.name = 'VersionConflict';
  }
}

const MAX_TRANSACTION_RUNS = 30;

/**
 * Runs fn in a transaction, and again on fresh data when it lost a compare-and-set (VersionConflict)
 * or Postgres chose it as a deadlock or serialization victim.
 */
export async function runTransaction<T>(db: Kysely<Database>, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  for (let run = 1; ; run++) {
    try {
      return await db.transaction().execute(fn);
    } catch (e) {
      const code = (e as { code?: unknown } | null)?.code;
      const lost = e instanceof VersionConflict || code === '40001' || code === '40P01';
      if (!lost || run >= MAX_TRANSACTION_RUNS) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 5 * run));
    }
  }
}

/** Unique-constraint violation on either dialect. */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
