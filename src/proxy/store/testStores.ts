// Test helper: every store test runs on SQLite, and on Postgres when TEST_DATABASE_URL is set, each
// test store in its own schema so parallel Jest workers never share tables.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openStore } from './db';
import type { Dialect, Store } from './db';

export const testDialects: Dialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestStoreHandle {
  /** Opens another Store on the same data (a second proxy instance). */
  open(): Promise<Store>;
  url: string;
  searchPath?: string;
  /** Closes every store opened here and drops the data. */
  dispose(): Promise<void>;
}

export async function createTestStore(dialect: Dialect): Promise<TestStoreHandle> {
  const opened: Store[] = [];
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'proxy-store-'));
    const url = join(dir, 'test.sqlite');
    return {
      url,
      async open() {
        const s = await openStore(url);
        opened.push(s);
        return s;
      },
      async dispose() {
        for (const s of opened) await s.close().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const url = process.env.TEST_DATABASE_URL as string;
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    url,
    searchPath: schema,
    async open() {
      const s = await openStore(url, { searchPath: schema, poolSize: 12 });
      opened.push(s);
      return s;
    },
    async dispose() {
      for (const s of opened) await s.close().catch(() => undefined);
      // Ended whatever the drop does: a client left open keeps Jest from exiting (a CI run hung so).
      const c = new pg.Client({ connectionString: url });
      try {
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await c.end();
      }
    },
  };
}
